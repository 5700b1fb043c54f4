// Which MDX entry a locale shows for a page: its own translation, or the English page as a fallback.
import { sourceLocale, type Locale } from '../config/locales.ts';

export type EntryRef<T> = { id: string; data: T };

/** Entry ids from the glob loader look like 'ja/re-entry-permit'. */
export function entryId(locale: string, page: string): string {
  return `${locale}/${page}`;
}

export function parseEntryId(id: string): { locale: string; page: string } {
  const slash = id.indexOf('/');
  return { locale: id.slice(0, slash), page: id.slice(slash + 1) };
}

export type Resolved<T> = { entry: EntryRef<T>; isFallback: boolean };

export function resolveEntry<T>(entries: ReadonlyArray<EntryRef<T>>, locale: Locale, page: string): Resolved<T> | null {
  const own = entries.find((e) => e.id === entryId(locale, page));
  if (own) return { entry: own, isFallback: false };
  const english = entries.find((e) => e.id === entryId(sourceLocale, page));
  return english ? { entry: english, isFallback: true } : null;
}

/** A translation is outdated when the English page was reviewed after the version it translates. */
export function isTranslationOutdated(translatedSourceReviewed: string | undefined, englishLastReviewed: string): boolean {
  return translatedSourceReviewed !== undefined && translatedSourceReviewed < englishLastReviewed;
}
