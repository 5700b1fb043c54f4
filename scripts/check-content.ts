// npm run check:content — every problem in the MDX pages and the UI dictionaries, one line each.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../src/content/check.ts';
import { siteFacts } from '../src/content/site-facts.ts';
import { localeCodes, sourceLocale } from '../src/config/locales.ts';
import { compareDictionaries, describeProblem, namespaces, type Dictionary } from '../src/i18n/dictionaries.ts';

const contentRoot = process.env.CONTENT_ROOT ?? 'content';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const files = mdxFiles(contentRoot).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const problems = checkContent(files, siteFacts());

const invalid = new Set<string>();
const readDictionary = (locale: string, ns: string): Dictionary | undefined => {
  const file = `src/i18n/${locale}/${ns}.json`;
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Dictionary;
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
    for (const problem of compareDictionaries(english, translated)) problems.push(describeProblem(locale, ns, problem));
  }
}

// A language's pages can follow one by one (untranslated pages are published in English with a
// notice), so missing pages do not fail the check; but every one is named, so an editor adding a
// language sees exactly which files are still to write.
const englishPages = files.filter((f) => f.path.startsWith(`${contentRoot}/${sourceLocale}/`)).map((f) => f.path.slice(`${contentRoot}/${sourceLocale}/`.length));
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
console.log(`Content check passed: ${files.length} pages in ${new Set(files.map((f) => f.path.split('/')[1])).size} languages, ${namespaces.length} dictionaries per language.`);
