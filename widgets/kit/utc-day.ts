// Reading a 'YYYY-MM-DD' calendar date: the part of calendar-date.ts that both checker pages need
// (format.ts uses it to show a date). It is a module of its own because bundlers share code
// between pages module by module: calendar-date.ts's arithmetic, which only the re-entry checker
// uses, would otherwise travel to the Special Permission to Stay page too.
//
// A legal deadline in Japan is a calendar date, not an instant. A Date made from '2026-03-31' in
// local time can show 30 March west of UTC, so a day here is only ever midnight UTC, read back
// with getUTC*: no time zone can move a deadline (facts.md G5).

export type ISODate = string;

/** Milliseconds in a day; every UTC day has exactly this many in JavaScript (no leap seconds). */
export const DAY_MS = 86_400_000;

/** Days in month m (1–12) of year y, in the Gregorian calendar. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/**
 * Milliseconds at midnight UTC of year y, month m (1–12), day d; a day outside its month rolls
 * over (day 0 is the last day of the month before). Date.UTC would read the years 0–99 as
 * 1900–1999, so the year goes in 400 years later and those 400 years, always 146,097 days in the
 * Gregorian calendar, come off again.
 */
export function utcMillis(y: number, m: number, d: number): number {
  return Date.UTC(y + 400, m - 1, d) - 146_097 * DAY_MS;
}

export const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** utcMillis of a real date written exactly as 'YYYY-MM-DD' (years 0001–9999); otherwise null. */
export function readISODate(value: unknown): number | null {
  const match = typeof value === 'string' ? ISO_PATTERN.exec(value) : null;
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  return y > 0 && m > 0 && m < 13 && d > 0 && d <= daysInMonth(y, m) ? utcMillis(y, m, d) : null;
}

/** True for a real calendar date written exactly as 'YYYY-MM-DD' (years 0001–9999). */
export function isValidISODate(value: unknown): value is ISODate {
  return readISODate(value) !== null;
}

/** Date.UTC milliseconds for the date, for Intl formatting with timeZone 'UTC' only. */
export function toUTCMillis(date: ISODate): number {
  const millis = readISODate(date);
  if (millis === null) throw new RangeError(`Not a calendar date: ${String(date)}`);
  return millis;
}
