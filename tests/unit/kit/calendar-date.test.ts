import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dateProblem,
  daysBetween,
  earlierOf,
  isValidISODate,
  lastDayOfMonth,
  parseLooseDate,
  periodEndInMonths,
  periodEndInYears,
  splitISODate,
  toUTCMillis,
  validityEndInYears,
} from '../../../widgets/kit/calendar-date.ts';

const numRuns = Number(process.env.FC_RUNS ?? 1000);

// Any real date between 1900 and 2999, built from a day count so every one exists.
const isoDate = fc
  .integer({ min: 0, max: 401_767 })
  .map((n) => addDays('1900-01-01', n));

describe('isValidISODate', () => {
  it.each(['2026-01-01', '2024-02-29', '2000-02-29', '2026-12-31', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (d) => expect(isValidISODate(d)).toBe(true),
  );
  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-01-00',
    '0000-01-01',
    '2026-1-01',
    '26-01-01',
    '2026/01/01',
    ' 2026-01-01',
    '2026-01-01T00:00',
    '',
    '２０２６-01-01',
  ])('rejects %j', (d) => expect(isValidISODate(d)).toBe(false));
  it('rejects non-strings', () => {
    for (const v of [null, undefined, 20260101, {}, [], new Date(0)]) expect(isValidISODate(v)).toBe(false);
  });
});

describe('dateProblem', () => {
  it('names the kind of problem', () => {
    expect(dateProblem(undefined)).toBe('required');
    expect(dateProblem(null)).toBe('required');
    expect(dateProblem('')).toBe('required');
    expect(dateProblem('tomorrow')).toBe('invalid_date');
    expect(dateProblem(42)).toBe('invalid_date');
    expect(dateProblem('2026-02-30')).toBe('impossible_date');
    expect(dateProblem('2026-02-28')).toBe(null);
  });
});

describe('compareDates / earlierOf / daysBetween', () => {
  it('orders by calendar day', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBeLessThan(0);
    expect(compareDates('2026-01-02', '2026-01-01')).toBeGreaterThan(0);
    expect(compareDates('2026-05-05', '2026-05-05')).toBe(0);
    expect(compareDates('2025-12-31', '2026-01-01')).toBe(-1);
    expect(earlierOf('2027-01-01', '2026-12-31')).toBe('2026-12-31');
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
  });
  it('throws on something that is not a date (callers validate first)', () => {
    expect(() => compareDates('2026-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('1970-01-01', 0)).toBe('1970-01-01');
  });
  it('agrees with Date.UTC for every day (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -3000, max: 3000 }), (d, n) => {
        const expected = new Date(toUTCMillis(d) + n * 86_400_000).toISOString().slice(0, 10);
        expect(addDays(d, n)).toBe(expected);
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
      { numRuns },
    );
  });
});

describe('addMonths / addYears', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2026-07-09', 5)).toBe('2031-07-09');
  });
  it('lastDayOfMonth', () => {
    expect(lastDayOfMonth('2024-02-03')).toBe('2024-02-29');
    expect(lastDayOfMonth('2100-02-03')).toBe('2100-02-28');
    expect(lastDayOfMonth('2026-09-30')).toBe('2026-09-30');
  });
});

describe('periodEndInYears (facts G1, G2)', () => {
  it.each([
    ['2019-12-15', 1, '2020-12-15'], // G1 worked example
    ['2024-02-29', 1, '2025-02-28'], // G2 month-end example
    ['2023-02-28', 1, '2024-02-29'], // G2 leap-year example
    ['2024-02-28', 1, '2025-02-28'], // first counted day 02-29 has no match in 2025: end of February
    ['2026-12-31', 1, '2027-12-31'],
    ['2026-01-31', 1, '2027-01-31'],
    ['2026-03-01', 1, '2027-03-01'],
    ['2025-03-01', 1, '2026-03-01'],
    ['2024-03-01', 1, '2025-03-01'],
    ['2019-12-15', 2, '2021-12-15'], // special permanent residents
    ['2024-02-29', 2, '2026-02-28'],
    ['2022-02-28', 2, '2024-02-29'],
  ])('%s + %i year(s) → %s', (start, years, end) => {
    expect(periodEndInYears(start, years)).toBe(end);
  });
  it('ends on the same calendar date N years later, a day later only for 28 February before a leap day (property)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 7 }), (d, n) => {
        const end = periodEndInYears(d, n);
        const same = addYears(d, n);
        if (d.endsWith('-02-28') && end.endsWith('-02-29')) expect(addDays(same, 1)).toBe(end);
        else expect(end).toBe(same);
      }),
      { numRuns },
    );
  });
});

describe('periodEndInMonths', () => {
  it('counts from the next day', () => {
    expect(periodEndInMonths('2026-03-15', 2)).toBe('2026-05-15');
    expect(periodEndInMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(periodEndInMonths('2026-06-30', 2)).toBe('2026-08-31');
  });
});

describe('validityEndInYears (first day counted)', () => {
  it.each([
    ['2026-04-01', 5, '2031-03-31'],
    ['2026-01-01', 5, '2030-12-31'],
    ['2024-02-29', 5, '2029-02-28'],
    ['2024-03-01', 5, '2029-02-28'],
    ['2023-03-01', 5, '2028-02-29'],
    ['2026-07-15', 6, '2032-07-14'],
  ])('%s for %i years → %s', (start, years, end) => {
    expect(validityEndInYears(start, years)).toBe(end);
  });
  it('never ends after the period that skips the first day (1 day earlier, 2 around 29 February)', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 1, max: 7 }), (d, n) => {
        const diff = daysBetween(validityEndInYears(d, n), periodEndInYears(d, n));
        expect(diff).toBeGreaterThanOrEqual(0);
        expect(diff).toBeLessThanOrEqual(2);
      }),
      { numRuns },
    );
  });
});

describe('toUTCMillis', () => {
  it('gives midnight UTC so Intl with timeZone UTC shows the same date', () => {
    expect(new Date(toUTCMillis('2026-03-31')).toISOString()).toBe('2026-03-31T00:00:00.000Z');
    expect(new Date(toUTCMillis('0050-01-02')).getUTCFullYear()).toBe(50);
  });
});

describe('parseLooseDate', () => {
  it('accepts what people type', () => {
    expect(parseLooseDate('2026', '3', '9')).toEqual({ ok: true, date: '2026-03-09' });
    expect(parseLooseDate(' 2026 ', '03', '09 ')).toEqual({ ok: true, date: '2026-03-09' });
    expect(parseLooseDate('２０２６', '１２', '３１')).toEqual({ ok: true, date: '2026-12-31' });
    expect(parseLooseDate('२०२६', '१२', '३१')).toEqual({ ok: true, date: '2026-12-31' });
    expect(parseLooseDate('2 026', '1\u30002', '0 1')).toEqual({ ok: true, date: '2026-12-01' });
    expect(parseLooseDate('2024', '2', '29')).toEqual({ ok: true, date: '2024-02-29' });
  });
  it('says required when all three boxes are empty', () => {
    expect(parseLooseDate('', ' ', '')).toEqual({ ok: false, code: 'required' });
    expect(parseLooseDate(undefined, null, undefined)).toEqual({ ok: false, code: 'required' });
  });
  it('refuses text, partial dates and two-digit years', () => {
    for (const [y, m, d] of [
      ['2026', '', '1'],
      ['26', '3', '9'],
      ['2026', 'March', '9'],
      ['2026', '3', '9.5'],
      ['2026', '-3', '9'],
      ['2026', '003', '9'],
      ['20265', '3', '9'],
    ]) {
      expect(parseLooseDate(y, m, d)).toEqual({ ok: false, code: 'invalid_date' });
    }
  });
  it('refuses dates that do not exist', () => {
    expect(parseLooseDate('2026', '2', '30')).toEqual({ ok: false, code: 'impossible_date' });
    expect(parseLooseDate('2025', '2', '29')).toEqual({ ok: false, code: 'impossible_date' });
    expect(parseLooseDate('2026', '13', '1')).toEqual({ ok: false, code: 'impossible_date' });
    expect(parseLooseDate('2026', '0', '1')).toEqual({ ok: false, code: 'impossible_date' });
    expect(parseLooseDate('0000', '1', '1')).toEqual({ ok: false, code: 'impossible_date' });
  });
  it('never throws and round-trips with splitISODate (property)', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (y, m, d) => {
        parseLooseDate(y, m, d);
      }),
      { numRuns },
    );
    fc.assert(
      fc.property(isoDate, (d) => {
        const parts = splitISODate(d)!;
        expect(parseLooseDate(parts.year, parts.month, parts.day)).toEqual({ ok: true, date: d });
      }),
      { numRuns },
    );
    expect(splitISODate('nope')).toBe(null);
  });
});
