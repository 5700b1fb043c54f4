// The whole content check over the files on disk: pages, dictionaries and dated facts. Shared by
// `npm run check:content` and the Astro integration that runs it inside `astro build` / `astro dev`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkContent } from './check.ts';
import { siteFacts } from './site-facts.ts';
import { localeCodes, sourceLocale } from '../config/locales.ts';
import { compareDictionaries, describeProblem, namespaces, type Dictionary } from '../i18n/dictionaries.ts';
import { siteDate } from '../data/legal.ts';
import { legalHistories } from '../data/histories.ts';
import { historyProblems } from '../data/dated.ts';
import { describeDue, factsDueForReview } from '../data/review.ts';
import { reviewDriftWarnings } from './review-drift.ts';

export type SiteCheck = { problems: string[]; warnings: string[]; pageCount: number; localeCount: number; dictionaryCount: number };

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export function checkSite({ root = '.', contentRoot = 'content', today = siteDate, withGit = true }: { root?: string; contentRoot?: string; today?: string; withGit?: boolean } = {}): SiteCheck {
  const files = mdxFiles(resolve(root, contentRoot)).map((path) => ({ path: relative(resolve(root), path), text: readFileSync(path, 'utf8') }));
  const warnings: string[] = [];
  const problems = checkContent(files, siteFacts(root, today), warnings);

  for (const [name, history] of Object.entries(legalHistories)) problems.push(...historyProblems(`src/data/legal.ts: ${name}`, history));
  warnings.unshift(...factsDueForReview(legalHistories, today).map(describeDue));
  if (withGit) warnings.push(...reviewDriftWarnings(resolve(root), files.map((f) => f.path), sourceLocale));

  const invalid = new Set<string>();
  const readDictionary = (locale: string, ns: string): Dictionary | undefined => {
    const file = `src/i18n/${locale}/${ns}.json`;
    if (!existsSync(join(root, file))) return undefined;
    try {
      return JSON.parse(readFileSync(join(root, file), 'utf8')) as Dictionary;
    } catch (error) {
      problems.push(`${file}: is not valid JSON: ${(error as Error).message}`);
      invalid.add(file);
      return undefined;
    }
  };
  for (const ns of namespaces) {
    const english = readDictionary(sourceLocale, ns) ?? {};
    for (const locale of localeCodes.filter((l) => l !== sourceLocale)) {
      const translated = readDictionary(locale, ns);
      if (!translated) {
        if (invalid.has(`src/i18n/${locale}/${ns}.json`)) continue;
        problems.push(`src/i18n/${locale}/${ns}.json: is missing — copy src/i18n/${sourceLocale}/${ns}.json and translate every string`);
        continue;
      }
      for (const problem of compareDictionaries(english, translated)) {
        // A string not yet translated falls back to English (as pages do) and shows as missing on
        // the translation-status page: a warning, so a new menu label does not fail seven times.
        if (problem.kind === 'missing') warnings.push(`${describeProblem(locale, ns, problem)} (readers see the English text until then)`);
        else problems.push(describeProblem(locale, ns, problem));
      }
    }
  }
  return {
    problems,
    warnings,
    pageCount: files.length,
    localeCount: new Set(files.map((f) => f.path.split('/').at(-2))).size,
    dictionaryCount: namespaces.length,
  };
}
