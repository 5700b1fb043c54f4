// Dated facts: the value in force on a fixed build date, before, on and after a change, and the
// review dates that keep each value checked.
import { describe, expect, test } from 'vitest';
import { buildDate, dated, entryOn, historyProblems, lastDayOf, past, upcoming, valueOn, type History } from '../../src/data/dated.ts';
import { legalFactsOn, reentryFeeHistory } from '../../src/data/legal.ts';
import { legalHistories } from '../../src/data/histories.ts';

// A made-up history, so these tests do not move when a real fee changes.
const fee: History<number> = [
  dated({ value: 111, from: '2000-01-01', source: 'X1', checkedOn: '2026-01-31' }),
  dated({ value: 222, from: '2028-03-01', source: 'X2', checkedOn: '2026-01-31', pending: true }),
];

describe('the value in force on a build date', () => {
  test('the day before a change shows the old value and announces the new one', () => {
    expect(valueOn(fee, '2028-02-29')).toBe(111);
    expect(upcoming(fee, '2028-02-29').map((e) => e.value)).toEqual([222]);
  });
  test('on the day of the change the new value is in force and nothing is announced', () => {
    expect(valueOn(fee, '2028-03-01')).toBe(222);
    expect(upcoming(fee, '2028-03-01')).toEqual([]);
  });
  test('after the change the old value is past, and kept', () => {
    expect(valueOn(fee, '2030-01-01')).toBe(222);
    expect(past(fee, '2030-01-01').map((e) => e.value)).toEqual([111]);
  });
  test('an entry ends the day before the next starts (leap day), so the date is stored once', () => {
    expect(lastDayOf(fee, 0)).toBe('2028-02-29');
    expect(lastDayOf(fee, 1)).toBeUndefined();
  });
  test('before the first entry, or after an explicit end, nothing is in force and valueOn refuses to guess', () => {
    expect(entryOn(fee, '1999-12-31')).toBeUndefined();
    expect(() => valueOn(fee, '1999-12-31')).toThrow(/No value in force on 1999-12-31/);
    const ended: History<number> = [dated({ value: 1, from: '2000-01-01', until: '2000-12-31', source: 'X', checkedOn: '2026-01-01' })];
    expect(valueOn(ended, '2000-12-31')).toBe(1);
    expect(entryOn(ended, '2001-01-01')).toBeUndefined();
  });
});

describe('review-by dates', () => {
  test('six months after the check, one month for a pending law change (month ends clamp)', () => {
    expect(fee[0]!.reviewBy).toBe('2026-07-31');
    expect(fee[1]!.reviewBy).toBe('2026-02-28');
  });
  test('a row may ask for a sooner review', () => {
    expect(dated({ value: 1, from: '2000-01-01', source: 'X', checkedOn: '2026-01-01', reviewBy: '2026-01-15' }).reviewBy).toBe('2026-01-15');
  });
  test('histories out of order or overlapping are reported', () => {
    const bad = [fee[1]!, fee[0]!];
    expect(historyProblems('fee', bad)).toEqual(['fee[1]: starts 2000-01-01, not after the entry before it (2028-03-01) — keep entries in date order']);
    expect(historyProblems('fee', [{ ...fee[0]!, until: '2028-03-01' }, fee[1]!])).toEqual(['fee[0]: until 2028-03-01 overlaps the next entry from 2028-03-01 — remove "until"']);
  });
  test('every real history is well formed and names its fact-sheet row', () => {
    for (const [name, history] of Object.entries(legalHistories)) expect(historyProblems(name, history)).toEqual([]);
  });
});

describe('the re-entry fees of A6.1 and A6.2, on fixed build dates', () => {
  test('31 March 2025: the 1982 fees, counter only', () => {
    const { reentryPermitFees, keyDates } = legalFactsOn('2025-03-31');
    expect(reentryPermitFees.single.counter).toBe(3000);
    expect(reentryPermitFees.multiple.counter).toBe(6000);
    expect(reentryPermitFees.appliesFrom).toBe('1982-01-01');
    expect(reentryPermitFees.previous).toBeUndefined();
    expect(keyDates.reentryFeesChanged).toBe('1982-01-01');
  });
  test('1 April 2025: the new fees, and the old ones kept as previous until 31 March 2025', () => {
    const { reentryPermitFees, keyDates } = legalFactsOn('2025-04-01');
    expect(reentryPermitFees.single).toEqual({ counter: 4000, online: 3500 });
    expect(reentryPermitFees.multiple).toEqual({ counter: 7000, online: 6500 });
    expect(reentryPermitFees.previous).toEqual({ single: 3000, multiple: 6000, until: '2025-03-31' });
    expect(keyDates.reentryFeesChanged).toBe('2025-04-01');
    expect(keyDates.reentryFeesPreviousUntil).toBe('2025-03-31');
  });
  test('the change date is stored once: the old fees end the day before the new ones start', () => {
    expect(reentryFeeHistory.map((e) => e.until)).toEqual([undefined, undefined]);
    expect(lastDayOf(reentryFeeHistory, 0)).toBe('2025-03-31');
  });
  test('the SPS procedure date is one date under two names', () => {
    const facts = legalFactsOn('2026-12-03');
    expect(facts.specialPermissionFacts.applicationProcedureFrom).toBe(facts.keyDates.spsReformInForce);
  });
});

describe('the build date', () => {
  test('BUILD_DATE fixes it', () => expect(buildDate({ BUILD_DATE: '2027-04-01' })).toBe('2027-04-01'));
  test('an impossible BUILD_DATE is refused', () => expect(() => buildDate({ BUILD_DATE: '2027-02-29' })).toThrow(/not a date/));
  test('otherwise it is the calendar date in Japan (UTC+9), not the machine zone', () => {
    expect(buildDate({}, new Date('2026-12-31T14:59:59Z'))).toBe('2026-12-31');
    expect(buildDate({}, new Date('2026-12-31T15:00:00Z'))).toBe('2027-01-01');
  });
});
