// npm run check:content — every problem in the MDX pages, the UI dictionaries and the dated facts,
// one line each. Problems exit 1; warnings (facts due for review, pages older than a fact they
// show) exit 0 unless `--strict` is given.
import { checkSite } from '../src/content/check-site.ts';

const strict = process.argv.includes('--strict');
const { problems, warnings, pageCount, localeCount, dictionaryCount } = checkSite({ contentRoot: process.env.CONTENT_ROOT ?? 'content' });

if (warnings.length) {
  console.warn(warnings.map((w) => `warning: ${w}`).join('\n'));
  console.warn(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}${strict ? ' (--strict: they fail the check)' : ''}.\n`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. Each line says the file, the line and how to fix it.`);
  process.exit(1);
}
if (strict && warnings.length) process.exit(1);
console.log(`Content check passed: ${pageCount} pages in ${localeCount} languages, ${dictionaryCount} dictionaries per language.`);
