// The terms a query is matched against in one language (see normalise.ts): what the glossary,
// the pages' titles, their primary search terms and their keywords write.
import type { getCollection } from 'astro:content';
import type { Locale } from '../config/locales.ts';
import { dictionary } from '../i18n/translator.ts';
import { pageIds } from '../content/pages.ts';
import { resolveEntry } from '../content/resolve.ts';
import { primaryTerms } from './primary-terms.ts';

type Entries = Awaited<ReturnType<typeof getCollection<'pages'>>>;
type GlossaryEntry = { term?: string; japanese?: string };

export function searchVocabulary(locale: Locale, entries: Entries): string[] {
  const terms = new Set<string>();
  const glossary = dictionary(locale, 'glossary') ?? {};
  for (const entry of Object.values(glossary) as GlossaryEntry[]) {
    if (entry?.term) terms.add(entry.term);
    if (entry?.japanese) terms.add(entry.japanese);
  }
  for (const page of pageIds) {
    const resolved = resolveEntry(entries, locale, page);
    if (!resolved) continue;
    terms.add(resolved.entry.data.title);
    for (const keyword of resolved.entry.data.keywords) terms.add(keyword);
    for (const term of primaryTerms(page, dictionary(resolved.isFallback ? 'en' : locale, 'glossary'))) terms.add(term);
  }
  return [...terms];
}
