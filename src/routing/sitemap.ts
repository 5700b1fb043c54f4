// The sitemap: every page of every locale, each with its hreflang alternates.
import { alternatesFor, absoluteUrl, pathFor } from './urls.ts';
import { localeCodes } from '../config/locales.ts';

export function renderSitemap(routes: readonly string[]): string {
  const urls = routes.flatMap((route) =>
    localeCodes.map((locale) => {
      const links = alternatesFor(route)
        .map((alt) => `    <xhtml:link rel="alternate" hreflang="${alt.hreflang}" href="${alt.href}"/>`)
        .join('\n');
      return `  <url>\n    <loc>${absoluteUrl(pathFor(locale, route))}</loc>\n${links}\n  </url>`;
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
