// Every code the engine can give is explained (in English) and has a source; every error has a message.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReentry, exclusionKinds, residences, type ReentryAnswers } from '../../../widgets/reentry/assess.ts';
import { reasonCodes, reasonSources } from '../../../widgets/reentry/reasons.ts';
import { errorKeys, reentryQuestions } from '../../../widgets/reentry/questions.ts';
import { flattenStrings } from '../../../widgets/kit/strings.ts';
import { addDays } from '../../../widgets/kit/calendar-date.ts';
import { numRuns } from './fixtures.ts';
import { factAddresses, factIds } from '../../fixtures/facts-rows.ts';

const en = flattenStrings(JSON.parse(readFileSync('src/i18n/en/reentry.json', 'utf8')));

const date = fc.integer({ min: 0, max: 9000 }).map((n) => addDays('2013-01-01', n));
const answersArb = date.chain((departure) =>
  fc.record({
    residence: fc.constantFrom(...residences),
    hasValidPassport: fc.boolean(),
    hasCard: fc.boolean(),
    exclusions: fc.subarray([...exclusionKinds]),
    stayExpiry: fc.integer({ min: -90, max: 2500 }).map((n) => addDays(departure, n)),
    pendingApplication: fc.boolean(),
    departure: fc.constant(departure),
    plannedReturn: fc.integer({ min: -3, max: 2600 }).map((n) => addDays(departure, n)),
    trips: fc.constantFrom('one' as const, 'several' as const),
  }),
);

describe('reason codes', () => {
  it('every code the engine gives has a source and an English explanation', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = assessReentry(a as ReentryAnswers);
        if ('reasons' in o) for (const r of o.reasons) seen.add(r);
        if (o.kind === 'invalid') for (const e of o.errors) seen.add(`error:${e.field}:${e.code}`);
      }),
      { numRuns },
    );
    for (const code of seen) {
      if (code.startsWith('error:')) {
        const [, field, err] = code.split(':') as [string, keyof ReentryAnswers, string];
        expect(errorKeys(field, err).some((k) => k in en), code).toBe(true);
      } else {
        expect(reasonCodes, code).toContain(code);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });
  it('every code in reasonSources is explained in en/reentry.json, and nothing else is', () => {
    const explained = Object.keys(en).filter((k) => k.startsWith('reasons.')).map((k) => k.slice('reasons.'.length));
    expect(explained.sort()).toEqual([...reasonCodes].sort());
  });
  it('every source address is one that facts.md names, and every facts entry cited exists', () => {
    for (const [code, info] of Object.entries(reasonSources)) {
      if (info.source.url) {
        const bare = info.source.url.replace(/^https:\/\/(www\.)?/, '');
        expect(factAddresses, `${code}: ${info.source.url}`).toContain(bare);
      }
      expect(info.facts, code).toMatch(/^[A-G]\d/);
      for (const id of info.facts.split(', ').map((part) => part.replace(/ \(.*\)$/, ''))) expect(factIds.has(id), `${code}: ${id}`).toBe(true);
    }
  });
  it('every error code has a message for every question', () => {
    const codes = ['required', 'invalid_choice', 'invalid_date', 'impossible_date', 'out_of_range'];
    for (const q of reentryQuestions) {
      const relevant = q.kind === 'date' ? codes : codes.slice(0, 2);
      for (const c of relevant) expect(errorKeys(q.field, c).some((k) => k in en), `${q.field} ${c}`).toBe(true);
    }
    for (const [field, c] of [
      ['departure', 'before_current_rules'],
      ['plannedReturn', 'return_before_departure'],
      ['stayExpiry', 'expiry_before_departure'],
      ['stayExpiry', 'special_period_ended_before_departure'],
    ] as const) {
      expect(errorKeys(field, c)[0] in en, `${field} ${c}`).toBe(true);
    }
  });
  it('every question key, option and hint exists in English', () => {
    for (const q of reentryQuestions) {
      expect(en[q.legendKey], q.legendKey).toBeTruthy();
      expect(en[q.hintKey!], q.hintKey).toBeTruthy();
      expect(en[q.legendKey.replace(/legend$/, 'summary')]).toBeTruthy();
      for (const o of q.options) {
        expect(en[o.labelKey], o.labelKey).toBeTruthy();
        if (o.hintKey) expect(en[o.hintKey], o.hintKey).toBeTruthy();
      }
    }
  });
});
