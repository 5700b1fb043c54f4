// The site writes dates and yen through the islands' formatter (widgets/kit/format.ts), so a
// date on a guide and the same date in a checker must read alike in every language.
import { describe, expect, test } from 'vitest';
import { formatDate, formatYen } from '../../src/i18n/format.ts';
import { intlTag, localeCodes } from '../../src/config/locales.ts';
import { formatLongDate, formatYen as islandYen } from '../../widgets/kit/format.ts';

// Boundaries: a leap day, month and year ends, the first day of a year, a year below 100.
const dates = ['2024-02-29', '2025-02-28', '2026-03-31', '2026-12-31', '2027-01-01', '0099-06-15'];

describe('dates and yen on pages match the checkers', () => {
  test.each(localeCodes)('%s: the same date text as an island in that language', (locale) => {
    for (const date of dates) expect(formatDate(date, locale)).toBe(formatLongDate(date, intlTag(locale)));
  });

  test.each(localeCodes)('%s: the same yen text as an island in that language', (locale) => {
    for (const amount of [0, 4000, 6500, 10_000]) expect(formatYen(amount, locale)).toBe(islandYen(amount, intlTag(locale)));
  });

  test('a date stays on its day whatever the year, Easy Japanese writes plain Japanese', () => {
    expect(formatDate('0099-06-15', 'en')).toMatch(/June 15, 99\b/);
    expect(formatDate('2024-02-29', 'ja-easy')).toBe('2024年2月29日');
    expect(formatDate('2026-12-31', 'en')).toBe('December 31, 2026');
  });
});

describe('a malformed date stops the build instead of reaching a page', () => {
  test.each(['2026-02-29', '2026-04-31', '2026-13-01', '2026-4-1', '20260401', '', '2026-04-01T00:00'])('%j is refused', (bad) => {
    expect(() => formatDate(bad, 'en')).toThrow(RangeError);
  });
});
