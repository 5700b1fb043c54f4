// The translation status of this site's working tree.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitIn, isGitRepository } from './git.ts';
import { translationStatus, type TranslationStatus } from './status.ts';
import { localeCodes, sourceLocale } from '../config/locales.ts';
import { pageIds } from '../content/pages.ts';
import { namespaces, type Dictionary } from '../i18n/dictionaries.ts';

const computed = new Map<string, TranslationStatus | null>();

/** Computed once per build (each locale's status page shows the same report). */
export function siteTranslationStatus(root = process.cwd(), locales: readonly string[] = localeCodes): TranslationStatus | null {
  const key = `${root}|${locales.join()}`;
  if (!computed.has(key)) computed.set(key, computeStatus(root, locales));
  return computed.get(key) ?? null;
}

function computeStatus(root: string, locales: readonly string[]): TranslationStatus | null {
  if (!isGitRepository(root)) return null;
  return translationStatus({
    git: gitIn(root, ['content', 'src/i18n']),
    sourceLocale,
    locales,
    pages: pageIds,
    pagePath: (locale, page) => `content/${locale}/${page}.mdx`,
    exists: (path) => existsSync(join(root, path)),
    namespaces,
    dictionaryPath: (locale, ns) => `src/i18n/${locale}/${ns}.json`,
    uncommitted: uncommittedIn(root),
    readDictionary: (path) => {
      try {
        return JSON.parse(readFileSync(join(root, path), 'utf8')) as Dictionary;
      } catch {
        return undefined;
      }
    },
  });
}

/** Paths with uncommitted changes (staged, unstaged or untracked), from one `git status`. */
function uncommittedIn(root: string): (path: string) => boolean {
  let changed: Set<string>;
  try {
    const out = execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=all', '--', 'content', 'src/i18n'], { cwd: root, encoding: 'utf8' });
    changed = new Set(out.split('\0').filter(Boolean).map((entry) => entry.slice(3)));
  } catch {
    changed = new Set();
  }
  return (path) => changed.has(path);
}
