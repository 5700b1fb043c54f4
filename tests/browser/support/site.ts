// What the browser tests know about the built site: every URL, read from the sitemap.
import { readFileSync } from 'node:fs';

/** Every page path in dist/sitemap.xml ('/en/', '/ja/fees/', …). */
export function sitemapPaths(): string[] {
  const xml = readFileSync('dist/sitemap.xml', 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
}
