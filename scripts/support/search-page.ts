// Driving the search page in Chromium, for the tests and `npm run bench`: the results a query
// gives, and what a reader's first search query downloads, counted the way issue 14 sets the budget: text
// responses gzip-compressed (as any host serves them), Pagefind's binary files as stored (they are
// gzip already), and 250 bytes of headers per response. Files are read from the built site, so
// the figure does not depend on the machine or the server. Used by the budget test in
// tests/browser/search.test.ts and by `npm run bench`.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Locale } from '../../src/config/locales.ts';

export const firstQueryBudget = 110 * 1024;
export const headerBytesPerResponse = 250;

/** One query per locale: a key term of the site, as a reader would type it first. */
export const firstQueries: Record<Locale, string> = {
  en: 'minashi', ja: '再入国許可', 'zh-cn': '在留特别许可', ko: '재입국허가', vi: 'tái nhập cảnh', tl: 're-entry permit', ne: 'पुनःप्रवेश', 'pt-br': 'reentrada', id: 'izin masuk kembali', 'ja-easy': '再入国許可',
};

/** Pagefind's own files are compressed when it writes them: a host sends them as they are. */
const storedAsIs = /\.(pagefind|pf_meta|pf_index|pf_fragment|pf_filter|wasm)$/;

/** Bytes one response costs: its body as a compressing host sends it, plus its headers. */
export function countedBytes(path: string, body: Buffer): number {
  const sent = storedAsIs.test(path) ? body.length : Math.min(body.length, gzipSync(body).length);
  return sent + headerBytesPerResponse;
}

export type QueryFile = { path: string; bytes: number };
export type FirstQuery = { query: string; results: number; files: QueryFile[]; total: number };

/** The file a URL path of the built site serves. */
function fileFor(dist: string, path: string): string {
  const file = join(dist, decodeURIComponent(path));
  return statSync(file).isDirectory() ? join(file, 'index.html') : file;
}

/**
 * Opens the search page with the cache off, waits until it is idle, types the query into the
 * search box and waits for the results; counts every request made from typing until the network
 * is quiet again (results the page loads later for the viewport included).
 */
export async function measureFirstQuery(page: Page, base: string, dist: string, locale: Locale, query = firstQueries[locale]): Promise<FirstQuery> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await page.goto(`${base}/${locale}/search/`, { waitUntil: 'networkidle' });
  const paths: string[] = [];
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await page.locator('#search-query').fill(query);
  await page.waitForSelector('.search-results li, .search-status:not(:empty)', { timeout: 20_000 });
  await page.waitForFunction(() => document.querySelector('.search-results li') || !/…$/.test(document.querySelector('.search-status')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const files = paths.map((path) => ({ path, bytes: countedBytes(path, readFileSync(fileFor(dist, path))) }));
  const results = await page.locator('.search-results li').count();
  await cdp.detach();
  return { query, results, files, total: files.reduce((n, f) => n + f.bytes, 0) };
}

/** Searches through the URL (as a shared link would) and returns the result links, in order. */
export async function searchResults(page: Page, base: string, locale: string, query: string): Promise<string[]> {
  await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return status.length > 0 && !/…$/.test(status);
  }, undefined, { timeout: 20_000 });
  return page.$$eval('.search-results li h2 a', (links) => links.map((a) => {
    const url = new URL((a as HTMLAnchorElement).href);
    return decodeURIComponent(url.pathname + url.hash);
  }));
}

/** The path of a page id in a locale, as search result links write it. */
export function pagePath(locale: string, page: string): string {
  return page === 'index' ? `/${locale}/` : `/${locale}/${page}/`;
}
