// The terms for which a page should be the first search result. They are indexed with the
// highest weight on that page only, so that compound legal terms (再入国許可, みなし再入国許可,
// 在留特別許可 …), which Pagefind splits into pieces shared by several pages, still find their
// guide first. Terms come from each locale's glossary (its own word and the official Japanese),
// plus the words people type whatever their language.
import type { Dictionary } from '../i18n/dictionaries.ts';

export const primaryGlossaryTerms: Record<string, readonly string[]> = {
  're-entry-permit': ['re-entry-permit'],
  'special-re-entry-permit': ['special-re-entry-permission', 'ed-card'],
  'special-permission-to-stay': ['special-permission-to-stay', 'departure-order', 'provisional-release', 'supervision-measures', 'deportation-order'],
  fees: ['revenue-stamp'],
};

export const primarySynonyms: Record<string, readonly string[]> = {
  're-entry-permit': ['re-entry permit', 'reentry permit', 'sainyukoku kyoka', 'single re-entry permit', 'multiple re-entry permit'],
  'special-re-entry-permit': ['minashi', 'minashi sainyukoku', 'virtual re-entry permit', 'deemed re-entry permit', 'special re-entry permit'],
  'special-permission-to-stay': ['overstay', 'zaitoku', 'zairyu tokubetsu kyoka', 'special permission for residence', 'deportation'],
  'refund-policy': ['refund', 'full refund', 'refund policy', 'full refund policy', 'full-refund system', 'money back'],
  fees: ['fee', 'fees', 'cost'],
  contact: ['contact', 'phone', 'telephone'],
};

type GlossaryEntry = { term?: string; japanese?: string };

/** The primary search terms of a page in one locale. */
export function primaryTerms(page: string, glossary: Dictionary | undefined): string[] {
  const terms = new Set<string>(primarySynonyms[page] ?? []);
  for (const id of primaryGlossaryTerms[page] ?? []) {
    const entry = glossary?.[id] as GlossaryEntry | undefined;
    if (entry?.term) terms.add(entry.term);
    if (entry?.japanese) terms.add(entry.japanese);
  }
  return [...terms];
}
