// The search part of `npm run bench`: what the first query costs, counted as issue 14 sets the
// budget (tests/support/search-page.ts: text gzip, Pagefind's files as stored, 250 bytes of
// headers a response), and hits@1 of the relevance queries (tests/browser/search-relevance.data.ts)
// per language. Both run through the search page in Chromium against the bench's own build.
import type { BrowserContext } from 'playwright-core';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { firstQueryBudget, measureFirstQuery, pagePath, searchResults, type FirstQuery } from '../../tests/support/search-page.ts';
import { relevanceCases } from '../../tests/browser/search-relevance.data.ts';

export type Relevance = { hits: number; total: number; misses: string[] };
export type SearchFigures = {
  counted: Partial<Record<Locale, FirstQuery | { error: string }>>;
  relevance: Partial<Record<Locale, Relevance>>;
};

export async function measureSearch(context: BrowserContext, base: string, dist: string, log: (m: string) => void): Promise<SearchFigures> {
  const figures: SearchFigures = { counted: {}, relevance: {} };
  for (const locale of localeCodes) {
    log(`chromium: search bytes (issue 14 counting) and relevance, ${locale}`);
    const page = await context.newPage();
    try {
      figures.counted[locale] = await measureFirstQuery(page, base, dist, locale);
    } catch (error) {
      figures.counted[locale] = { error: String(error).split('\n')[0]! };
    } finally {
      await page.close();
    }
    const cases = relevanceCases[locale] ?? [];
    const relevance: Relevance = { hits: 0, total: cases.length, misses: [] };
    const query = await context.newPage();
    for (const c of cases) {
      const results = await searchResults(query, base, locale, c.query).catch(() => [] as string[]);
      if (results[0]?.split('#')[0] === pagePath(locale, c.first)) relevance.hits += 1;
      else relevance.misses.push(`“${c.query}” → ${results[0] ?? 'nothing'} (expected ${c.first})`);
    }
    await query.close();
    figures.relevance[locale] = relevance;
  }
  return figures;
}

export type SearchRow = { figure: string; unit?: string; locales: Partial<Record<Locale, number | null>>; budget?: { text: string; test: (v: number) => boolean } };

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** Table rows: bytes per locale with the budget, requests, results, hits@1. */
export function searchRows(figures: SearchFigures): { rows: SearchRow[]; notes: string[] } {
  const per = <T>(data: Partial<Record<Locale, T>>, pick: (t: T) => number | null) =>
    Object.fromEntries(localeCodes.map((l) => [l, data[l] === undefined ? null : pick(data[l] as T)])) as Partial<Record<Locale, number | null>>;
  const ok = (r: FirstQuery | { error: string }): r is FirstQuery => !('error' in r);
  const notes: string[] = [];
  for (const l of localeCodes) {
    const r = figures.counted[l];
    if (r && !ok(r)) notes.push(`search bytes ${l}: ${r.error}`);
    for (const miss of figures.relevance[l]?.misses ?? []) notes.push(`search relevance ${l}: ${miss}`);
  }
  return {
    notes,
    rows: [
      { figure: 'first query, issue-14 counting (gzip text, Pagefind as stored, 250 B headers)', unit: 'KB', locales: per(figures.counted, (r) => (ok(r) ? kb(r.total) : null)), budget: { text: `≤ ${firstQueryBudget / 1024} KB`, test: (v) => v <= firstQueryBudget / 1024 } },
      { figure: '  of which Pagefind WebAssembly', unit: 'KB', locales: per(figures.counted, (r) => (ok(r) ? kb(r.files.filter((f) => f.path.endsWith('.pagefind')).reduce((n, f) => n + f.bytes, 0)) : null)) },
      { figure: '  of which index chunks', unit: 'KB', locales: per(figures.counted, (r) => (ok(r) ? kb(r.files.filter((f) => f.path.endsWith('.pf_index')).reduce((n, f) => n + f.bytes, 0)) : null)) },
      { figure: '  of which result fragments', unit: 'KB', locales: per(figures.counted, (r) => (ok(r) ? kb(r.files.filter((f) => f.path.endsWith('.pf_fragment')).reduce((n, f) => n + f.bytes, 0)) : null)) },
      { figure: '  requests', locales: per(figures.counted, (r) => (ok(r) ? r.files.length : null)) },
      { figure: 'relevance hits@1 (%, tests/browser/search-relevance.data.ts)', locales: per(figures.relevance, (r) => (r.total ? Math.round((100 * r.hits) / r.total) : null)), budget: { text: '100 %', test: (v) => v === 100 } },
    ],
  };
}
