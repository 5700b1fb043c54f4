// MDX components render inside a page; the page tells them which locale the URL is in (for links)
// and which language the text is in (for labels), through Astro.locals.
import { sourceLocale, type Locale } from '../../config/locales.ts';
import { splitPath } from '../../routing/urls.ts';

export function pageLocaleOf(locals: App.Locals, url: URL): Locale {
  return locals.pageLocale ?? splitPath(url.pathname).locale ?? sourceLocale;
}

export function contentLocaleOf(locals: App.Locals, url: URL): Locale {
  return locals.contentLocale ?? pageLocaleOf(locals, url);
}
