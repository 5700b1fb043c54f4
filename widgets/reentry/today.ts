// Today's calendar date in Japan, the day the checker compares a departure with (facts F0, G5).
// Japan keeps UTC+9 all year (no daylight saving time), so adding 9 hours to the instant and
// reading the UTC date gives the date in Asia/Tokyo exactly, without shipping time-zone data.

import type { ISODate } from '../kit/calendar-date.ts';

const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

export function todayInJapan(now: Date = new Date()): ISODate {
  return new Date(now.getTime() + JAPAN_OFFSET_MS).toISOString().slice(0, 10);
}
