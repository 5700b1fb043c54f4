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
