// URLs per locale. Every page lives under /<locale>/…/ with a trailing slash; the same
// locale-less path exists in every locale, so switching language keeps the reader on the same page.
import { localeCodes, localeConfig, sourceLocale, isLocale, type Locale } from '../config/locales.ts';
import { siteUrl } from '../config/site.ts';

/** Normalises a locale-less route ('', 'fees', '/fees/', 'check/re-entry') to '' or 'fees/'. */
export function normaliseRoute(route: string): string {
  const trimmed = route.replace(/^\/+|\/+$/g, '');
  return trimmed === '' || trimmed === 'index' ? '' : `${trimmed}/`;
}

/** The path of a route in a locale: pathFor('ja', 'fees') → '/ja/fees/'. */
export function pathFor(locale: Locale, route: string): string {
  return `/${locale}/${normaliseRoute(route)}`;
}

/** Splits '/ja/fees/#x' into its locale (if any) and the locale-less route and hash. */
export function splitPath(pathname: string): { locale: Locale | null; route: string } {
  const [first, ...rest] = pathname.replace(/^\/+/, '').split('/');
  if (first && isLocale(first)) return { locale: first, route: rest.join('/') };
  return { locale: null, route: pathname.replace(/^\/+/, '') };
}

/** The same page in another locale. */
export function switchLocale(pathname: string, target: Locale): string {
  const { route } = splitPath(pathname);
  return `/${target}/${route}`;
}

/**
 * Rewrites an internal link written without a locale ('/fees/#x') into the reader's locale
 * ('/ja/fees/#x'). External links, fragments, mailto/tel and already-localised links are unchanged.
 */
export function localizeHref(href: string, locale: Locale): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  const { locale: existing } = splitPath(href);
  if (existing) return href;
  return `/${locale}${href}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl}/`).href;
}

export type Alternate = { hreflang: string; href: string };

/** hreflang alternates for a locale-less route: one per locale plus x-default (the English page). */
export function alternatesFor(route: string): Alternate[] {
  const alternates = localeCodes.map((code) => ({ hreflang: localeConfig(code).lang, href: absoluteUrl(pathFor(code, route)) }));
  alternates.push({ hreflang: 'x-default', href: absoluteUrl(pathFor(sourceLocale, route)) });
  return alternates;
}
