import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildReentryIcs, escapeText, foldLine, icsFileName, reentryEventUid, type ReentryIcsInput } from '../../../widgets/reentry/ics.ts';
import { numRuns } from './fixtures.ts';

const input: ReentryIcsInput = {
  returnBy: '2027-04-10',
  departure: '2026-04-10',
  route: 'special_reentry',
  summary: 'Last day to re-enter Japan',
  description: 'Special re-entry: be back by 10 April 2027; it cannot be extended abroad.',
  alarm30: 'Return to Japan within 30 days',
  alarm7: 'Return to Japan within 7 days',
  url: 'https://example.org/en/reentry/check/?residence=permanent_resident',
  stamp: new Date(Date.UTC(2026, 3, 1, 9, 30, 5)),
};

describe('buildReentryIcs', () => {
  const ics = buildReentryIcs(input);
  const lines = ics.split('\r\n');
  it('uses CRLF everywhere and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('is an all-day event on the return-by date with two reminders', () => {
    expect(lines).toContain('DTSTART;VALUE=DATE:20270410');
    expect(lines).toContain('DTEND;VALUE=DATE:20270411');
    expect(lines).toContain('DTSTAMP:20260401T093005Z');
    expect(lines).toContain('TRIGGER;RELATED=START:-P30D');
    expect(lines).toContain('TRIGGER;RELATED=START:-P7D');
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });
  it('escapes text', () => {
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Special re-entry: be back by 10 April 2027\\; it cannot be extended abroad.');
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });
  it('has a UID that depends only on the inputs', () => {
    expect(reentryEventUid(input)).toBe(reentryEventUid({ ...input }));
    expect(reentryEventUid(input)).toBe('reentry-20270410-special_reentry-20260410@reentry-checker');
    expect(reentryEventUid(input)).not.toBe(reentryEventUid({ ...input, route: 'regular_permit' }));
    expect(buildReentryIcs({ ...input, stamp: new Date(0) })).toContain(`UID:${reentryEventUid(input)}`);
  });
  it('refuses a non-date', () => {
    expect(buildReentryIcs({ ...input, returnBy: '2027-02-30' })).toBe('');
    expect(icsFileName('2027-04-10')).toBe('return-by-2027-04-10.ics');
  });
});

describe('foldLine', () => {
  const bytes = (s: string) => new TextEncoder().encode(s).length;
  it('folds at 75 octets without splitting characters', () => {
    const folded = foldLine('DESCRIPTION:' + '再入国'.repeat(30));
    for (const l of folded.split('\r\n')) expect(bytes(l)).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe('DESCRIPTION:' + '再入国'.repeat(30));
  });
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:x')).toBe('SUMMARY:x');
    expect(foldLine('A'.repeat(75))).toBe('A'.repeat(75));
    expect(foldLine('A'.repeat(76))).toBe('A'.repeat(75) + '\r\n A');
  });
  it('unfolds back to the original for any text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      const folded = foldLine(s);
      expect(folded.replace(/\r\n /g, '')).toBe(s);
      for (const l of folded.split('\r\n')) expect(bytes(l)).toBeLessThanOrEqual(75);
    }), { numRuns });
  });
});
