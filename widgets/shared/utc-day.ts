// Reading a 'YYYY-MM-DD' calendar date: the part of calendar-date.ts that both checker pages need
// (format.ts uses it to show a date). It is a module of its own because bundlers share code
// between pages module by module: calendar-date.ts's arithmetic, which only the re-entry checker
// uses, would otherwise travel to the Special Permission to Stay page too.
//
// A legal deadline in Japan is a calendar date, not an instant. A Date made from '2026-03-31' in
// local time can show 30 March west of UTC, so a day here is only ever a Date at midnight UTC, read
// back with getUTC*: no time zone can move a deadline (facts.md G5).

export type ISODate = string;

/** Milliseconds in a day; every UTC day has exactly this many in JavaScript (no leap seconds). */
export const DAY_MS = 86_400_000;

/**
 * Midnight UTC of year y, month m (1–12), day d. A month or day outside its range rolls over:
 * month 13 is January of the next year, day 0 the last day of the month before.
 */
export function utcDay(y: number, m: number, d: number): Date {
  const date = new Date(0);
  // Unlike Date.UTC, setUTCFullYear keeps the years 0–99 as they are (no 1900 added).
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

export const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day as a Date at midnight UTC; null unless a real date written exactly 'YYYY-MM-DD' (years 0001–9999). */
export function readISODate(value: unknown): Date | null {
  const match = typeof value === 'string' ? ISO_PATTERN.exec(value) : null;
  if (!match) return null;
  const [y, m, d] = match.slice(1).map(Number) as [number, number, number];
  const date = utcDay(y, m, d);
  // A day or month the calendar lacks (02-30, 13-01, 01-00) has rolled over into another date.
  return y > 0 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** True for a real calendar date written exactly as 'YYYY-MM-DD' (years 0001–9999). */
export function isValidISODate(value: unknown): value is ISODate {
  return readISODate(value) !== null;
}

/** Date.UTC milliseconds for the date, for Intl formatting with timeZone 'UTC' only. */
export function toUTCMillis(date: ISODate): number {
  const parsed = readISODate(date);
  if (!parsed) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return parsed.getTime();
}
