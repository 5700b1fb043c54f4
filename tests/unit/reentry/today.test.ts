// Today's date in Japan (UTC+9, no daylight saving time), whatever the browser's own time zone.
import { describe, expect, it } from 'vitest';
import { todayInJapan } from '../../../widgets/reentry/today.ts';

describe('todayInJapan', () => {
  it('turns over at midnight in Tokyo (15:00 UTC), not at midnight UTC or local time', () => {
    expect(todayInJapan(new Date('2026-12-02T14:59:59.999Z'))).toBe('2026-12-02');
    expect(todayInJapan(new Date('2026-12-02T15:00:00.000Z'))).toBe('2026-12-03');
    expect(todayInJapan(new Date('2026-12-03T10:00:00+09:00'))).toBe('2026-12-03');
  });
  it('month, year and leap-day boundaries', () => {
    expect(todayInJapan(new Date('2027-12-31T15:00:00Z'))).toBe('2028-01-01');
    expect(todayInJapan(new Date('2028-02-28T15:00:00Z'))).toBe('2028-02-29');
  });
});
