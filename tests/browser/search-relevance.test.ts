// Relevance: for what readers type (scripts/support/search-relevance.data.ts), the page they need
// comes first, through the search page against the built site.
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { pagePath, searchResults } from '../../scripts/support/search-page.ts';
import { relevanceCases } from '../../scripts/support/search-relevance.data.ts';
import { localeCodes } from '../../src/config/locales.ts';

const base = inject('baseUrl');
const browser = useBrowser();

test('every language has at least ten relevance queries', () => {
  for (const locale of localeCodes) expect(relevanceCases[locale]?.length ?? 0, locale).toBeGreaterThanOrEqual(10);
});

describe.each(Object.entries(relevanceCases))('%s: the page a reader needs comes first', (locale, cases) => {
  test.each(cases.map((c) => [c.query, c.kind, c.first] as const))('“%s” (%s) → %s', async (query, _kind, first) => {
    const page = await browser.context().newPage();
    const results = await searchResults(page, base, locale, query);
    await page.close();
    expect(results[0]?.split('#')[0], `results: ${results.join(' ')}`).toBe(pagePath(locale, first));
  });
});
