// Dates and yen on the server, written by the islands' own formatter (widgets/kit/format.ts) so a
// date on a page and the same date in a checker read alike. This wrapper only adds what the site
// needs on top: it takes a site locale (Easy Japanese formats as plain 'ja', see intlTag), and it
// stops the build on a date that is not a real 'YYYY-MM-DD' instead of printing it raw.
import { intlTag, type Locale } from '../config/locales.ts';
import { formatLongDate, formatYen as formatYenIn, type DateFallback } from '../../widgets/kit/format.ts';
import { isValidISODate } from '../../widgets/kit/utc-day.ts';

export function formatDate(isoDate: string, locale: Locale): string {
  if (!isValidISODate(isoDate)) throw new RangeError(`formatDate: '${isoDate}' is not a calendar date written YYYY-MM-DD`);
  return formatLongDate(isoDate, intlTag(locale));
}

export function formatYen(amount: number, locale: Locale): string {
  return formatYenIn(amount, intlTag(locale));
}

/**
 * The date pattern and month names of a locale, as Node's full ICU writes them, for islands
 * running in browsers that lack the locale's date data (see widgets/kit/format.ts).
 */
export function dateFallbackFor(locale: Locale): DateFallback {
  const format = new Intl.DateTimeFormat(intlTag(locale), { dateStyle: 'long', timeZone: 'UTC' });
  const monthName = new Intl.DateTimeFormat(intlTag(locale), { month: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, i) => monthName.format(Date.UTC(2001, i, 1)));
  const parts = format.formatToParts(Date.UTC(2001, 10, 22));
  const pattern = parts.map((p) => (p.type === 'year' ? '{y}' : p.type === 'month' ? '{m}' : p.type === 'day' ? '{d}' : p.value)).join('');
  return { pattern, months };
}
