// Dates and yen in the reader's language, for the islands and the server.

import { isValidISODate, toUTCMillis, type ISODate } from './utc-day.ts';


/**
 * A calendar date in the reader's locale ('10 April 2027', '2027年4月10日'). The date is made with
 * Date.UTC and formatted in UTC, so no time zone can move it to another day.
 */
/**
 * How the server wrote dates in this language, for browsers without that language's date data
 * (Chrome has none for Nepali): `pattern` holds {y}, {m} and {d}; `months` are the 12 month names.
 */
export type DateFallback = { pattern: string; months: string[] };

let dateFallback: DateFallback | undefined;

/** Islands call this with their `dateFallback` prop before rendering. */
export function useDateFallback(fallback: DateFallback | undefined): void {
  dateFallback = fallback;
}

export function formatLongDate(date: ISODate, lang: string): string {
  if (!isValidISODate(date)) return String(date);
  if (dateFallback && Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return dateFallback.pattern.replace('{y}', String(y)).replace('{m}', dateFallback.months[m - 1] ?? String(m)).replace('{d}', String(d));
  }
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(toUTCMillis(date));
  } catch {
    return date;
  }
}

/** A yen amount in the reader's locale ('¥4,000'). */
export function formatYen(amount: number, lang: string): string {
  try {
    return new Intl.NumberFormat(lang, { style: 'currency', currency: 'JPY' }).format(amount);
  } catch {
    return `¥${amount}`;
  }
}
