// npm run check:content — every problem in the MDX pages, the UI dictionaries and the dated facts,
// one line each. Problems exit 1; warnings (facts due for review, pages older than a fact they
// show) exit 0 unless `--strict` is given.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { localeCodes, sourceLocale } from '../src/config/locales.ts';
import { checkSite } from '../src/content/check-site.ts';

const strict = process.argv.includes('--strict');
const contentRoot = process.env.CONTENT_ROOT ?? 'content';
const { problems, warnings, pageCount, localeCount, dictionaryCount } = checkSite({ contentRoot });

if (warnings.length) {
  console.warn(warnings.map((w) => `warning: ${w}`).join('\n'));
  console.warn(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}${strict ? ' (--strict: they fail the check)' : ''}.\n`);
}

// A language's pages can follow one by one (untranslated pages are published in English with a
// notice), so missing pages do not fail the check; but every one is named, so an editor adding a
// language sees exactly which files are still to write.
const englishPages = readdirSync(join(contentRoot, sourceLocale)).filter((name) => name.endsWith('.mdx')).sort();
const stillToTranslate = localeCodes
  .filter((l) => l !== sourceLocale)
  .flatMap((l) => englishPages.filter((page) => !existsSync(join(contentRoot, l, page))).map((page) => `${contentRoot}/${l}/${page}`));
if (stillToTranslate.length) {
  console.log(`Not translated yet (published in English with a notice until then) — copy the English page and translate it:\n${stillToTranslate.map((f) => `  ${f}`).join('\n')}\n`);
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. Each line says the file, the line and how to fix it.`);
  process.exit(1);
}
if (strict && warnings.length) process.exit(1);
console.log(`Content check passed: ${pageCount} pages in ${localeCount} languages, ${dictionaryCount} dictionaries per language.`);
