// Calendar dates as 'YYYY-MM-DD' strings, and the arithmetic of legal periods on them.
//
// Why only UTC: a legal deadline in Japan is a calendar date, not an instant. A Date built from
// '2026-03-31' in local time can turn into 30 March in a browser west of UTC. Here a day is only
// ever midnight UTC (utc-day.ts), read back with getUTC*, so no time zone can ever move a deadline
// (facts.md G5). Every UTC day is exactly DAY_MS long, so day arithmetic is exact.

// toUTCMillis throws a RangeError on anything that is not a date: callers validate first.
import { DAY_MS, ISO_PATTERN, daysInMonth, isValidISODate, toUTCMillis, utcMillis, type ISODate } from './utc-day.ts';

export type { ISODate };
export { daysInMonth, isValidISODate, toUTCMillis };

/** Why a typed date could not be read. Shared with the checkers' error codes. */
export type DateErrorCode = 'required' | 'invalid_date' | 'impossible_date';

/** 'YYYY-MM-DD' of a moment at midnight UTC (years 0001–9999). */
function toISO(millis: number): ISODate {
  return new Date(millis).toISOString().slice(0, 10);
}

export function isLeapYear(y: number): boolean {
  return daysInMonth(y, 2) === 29;
}

/** Tells a well-formed but non-existent date (2026-02-30) from text that is not a date at all. */
export function dateProblem(value: unknown): DateErrorCode | null {
  if (value === null || value === undefined || value === '') return 'required';
  if (typeof value !== 'string' || !ISO_PATTERN.test(value)) return 'invalid_date';
  return isValidISODate(value) ? null : 'impossible_date';
}

/** Days from b to a: negative if a is earlier than b, 0 if the same day, positive if later. */
export function compareDates(a: ISODate, b: ISODate): number {
  return (toUTCMillis(a) - toUTCMillis(b)) / DAY_MS;
}

export function earlierOf(a: ISODate, b: ISODate): ISODate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function addDays(date: ISODate, days: number): ISODate {
  return toISO(toUTCMillis(date) + Math.trunc(days) * DAY_MS);
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: ISODate, b: ISODate): number {
  return compareDates(b, a);
}

/** The month `months` after the date's month, the date's day, and the last day of that month. */
function monthsLater(millis: number, months: number) {
  const date = new Date(millis);
  const index = date.getUTCFullYear() * 12 + date.getUTCMonth() + Math.trunc(months);
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: date.getUTCDate(), lastDay: daysInMonth(y, m) };
}

/** Same day N months later; a day the target month lacks becomes its last day (01-31 → 02-28). */
export function addMonths(date: ISODate, months: number): ISODate {
  const { y, m, d, lastDay } = monthsLater(toUTCMillis(date), months);
  return toISO(utcMillis(y, m, Math.min(d, lastDay)));
}

export function addYears(date: ISODate, years: number): ISODate {
  return addMonths(date, 12 * Math.trunc(years));
}

export function lastDayOfMonth(date: ISODate): ISODate {
  const { y, m, lastDay } = monthsLater(toUTCMillis(date), 0);
  return toISO(utcMillis(y, m, lastDay));
}

// Civil Code Art. 143: a period in months or years ends at the end of the day before the date
// that corresponds to its first day; when the final month has no such date (29–31), the period
// ends on that month's last day (143(2) proviso). Doing "+N months with clamping, then −1 day"
// instead would end one day early when the first counted day is a 29th–31st.
function periodEndFromFirstDay(first: number, months: number): ISODate {
  const { y, m, d, lastDay } = monthsLater(first, months);
  // Day d − 1 is fine for d = 1 too: day 0 is the last day of the month before.
  return toISO(utcMillis(y, m, d > lastDay ? lastDay : d - 1));
}

/**
 * Last day of a period of N years counted from an event (facts G1, G2): the day of the event is
 * not counted (Civil Code Art. 140), so counting starts the next day. Departed 2019-12-15 →
 * 2020-12-15; 2024-02-29 → 2025-02-28; 2023-02-28 → 2024-02-29.
 */
export function periodEndInYears(start: ISODate, years: number): ISODate {
  return periodEndInMonths(start, 12 * Math.trunc(years));
}

/** As periodEndInYears, for a period in months (day of the event not counted). */
export function periodEndInMonths(start: ISODate, months: number): ISODate {
  return periodEndFromFirstDay(toUTCMillis(start) + DAY_MS, months);
}

/**
 * Last day of a validity of N years that includes its first day (a permit "valid for 5 years
 * from the day it takes effect"): 2026-04-01 → 2031-03-31.
 */
export function validityEndInYears(firstDay: ISODate, years: number): ISODate {
  return periodEndFromFirstDay(toUTCMillis(firstDay), 12 * Math.trunc(years));
}

/**
 * Full-width (２０２６) and Devanagari (२०२६, typed on Nepali keyboards) digits as ASCII,
 * spaces removed. NFKC folds widths; Devanagari digits need their own mapping.
 */
function normaliseNumber(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  return raw
    .normalize('NFKC')
    .replace(/[\u0966-\u096f]/g, (digit) => String(digit.charCodeAt(0) - 0x0966))
    .replace(/\s+/g, '');
}

export type LooseDateResult = { ok: true; date: ISODate } | { ok: false; code: DateErrorCode };

/**
 * Reads a date typed as three boxes (year, month, day) the way people type it: spaces, leading
 * zeros and full-width digits (２０２６) are fine. Two-digit years are refused rather than guessed.
 */
export function parseLooseDate(year: unknown, month: unknown, day: unknown): LooseDateResult {
  const [y, m, d] = [year, month, day].map(normaliseNumber) as [string, string, string];
  if (!(y + m + d)) return { ok: false, code: 'required' };
  if (!/^\d{4}$/.test(y) || !/^\d{1,2}$/.test(m) || !/^\d{1,2}$/.test(d)) return { ok: false, code: 'invalid_date' };
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isValidISODate(date) ? { ok: true, date } : { ok: false, code: 'impossible_date' };
}

/** Splits a valid date back into the three boxes, without leading zeros for month and day. */
export function splitISODate(date: unknown): { year: string; month: string; day: string } | null {
  if (!isValidISODate(date)) return null;
  const [year, month, day] = date.split('-') as [string, string, string];
  return { year, month: String(Number(month)), day: String(Number(day)) };
}
