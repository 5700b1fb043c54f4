// The translation status of this site's working tree.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitIn, isGitRepository } from './git.ts';
import { translationStatus, type TranslationStatus } from './status.ts';
import { localeCodes, sourceLocale } from '../config/locales.ts';
import { pageIds } from '../content/pages.ts';
import { namespaces, type Dictionary } from '../i18n/dictionaries.ts';

export function siteTranslationStatus(root = process.cwd(), locales: readonly string[] = localeCodes): TranslationStatus | null {
  if (!isGitRepository(root)) return null;
  return translationStatus({
    git: gitIn(root),
    sourceLocale,
    locales,
    pages: pageIds,
    pagePath: (locale, page) => `content/${locale}/${page}.mdx`,
    exists: (path) => existsSync(join(root, path)),
    namespaces,
    dictionaryPath: (locale, ns) => `src/i18n/${locale}/${ns}.json`,
    readDictionary: (path) => {
      try {
        return JSON.parse(readFileSync(join(root, path), 'utf8')) as Dictionary;
      } catch {
        return undefined;
      }
    },
  });
}
