// Small, pure helpers the islands use with the strings they receive as props: no i18next in the
// browser, just a flat key → text map and {{name}} placeholders (the i18next syntax, so the same
// dictionaries work on the server and in the island).

import { isValidISODate, toUTCMillis, type ISODate } from './utc-day.ts';

export type Strings = Record<string, string>;
export type Vars = Record<string, string | number>;

/** Replaces {{name}} (spaces allowed inside the braces); unknown names are left as they are. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The first key that has a string, filled in; the first key itself when none has, so a gap shows. */
export function translate(strings: Strings, keys: string | readonly string[], vars?: Vars): string {
  const list = typeof keys === 'string' ? [keys] : keys;
  for (const key of list) {
    const value = strings[key];
    if (typeof value === 'string') return fill(value, vars);
  }
  return list[0] ?? '';
}

/** Nested dictionary → dotted keys ({a: {b: 'x'}} → {'a.b': 'x'}); non-strings are skipped. */
export function flattenStrings(tree: unknown, prefix = ''): Strings {
  const out: Strings = {};
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'object' && value !== null) Object.assign(out, flattenStrings(value, path));
  }
  return out;
}

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
