// Locale-aware formatting of calendar dates and yen amounts, without time-zone drift:
// a 'YYYY-MM-DD' date is formatted as that date in UTC, whatever the machine's zone.
import { intlTag, type Locale } from '../config/locales.ts';

export function formatDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatYen(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'JPY' }).format(amount);
}

/**
 * The date pattern and month names of a locale, as Node's full ICU writes them, for islands
 * running in browsers that lack the locale's date data (see widgets/shared/format.ts).
 */
export function dateFallbackFor(locale: Locale): { pattern: string; months: string[] } {
  const format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(intlTag(locale), { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => monthName.format(Date.UTC(2001, i, 1)));
  const parts = format.formatToParts(Date.UTC(2001, 10, 22));
  const pattern = parts.map((p) => (p.type === 'year' ? '{y}' : p.type === 'month' ? '{m}' : p.type === 'day' ? '{d}' : p.value)).join('');
  return { pattern, months };
}
