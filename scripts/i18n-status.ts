// npm run i18n:status — which pages and UI strings each language is missing or has out of date.
import { siteTranslationStatus } from '../src/i18n-status/site.ts';
import { renderTable } from '../src/i18n-status/status.ts';
import { localeCodes, sourceLocale } from '../src/config/locales.ts';

// `npm run i18n:status -- ja ko` shows only those languages.
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((l) => !(localeCodes as readonly string[]).includes(l) || l === sourceLocale);
if (unknown.length) {
  console.error(`Not a translated language of this site: ${unknown.join(', ')}. Languages: ${localeCodes.filter((l) => l !== sourceLocale).join(', ')}`);
  process.exit(1);
}
const status = siteTranslationStatus(process.cwd(), wanted.length ? [sourceLocale, ...wanted] : localeCodes);
if (!status) {
  console.error('Translation status needs the git history: run this inside the project\'s git checkout.');
  process.exit(1);
}
console.log(renderTable(status));
console.log('\nok = up to date · Nc/Nd = outdated: the English changed N commits / N days after the translation\nMISSING = not translated yet (readers see the English with a notice) · * = uncommitted edits');
console.log('Commits marked [i18n-ignore] (e.g. an English typo fix) do not make translations outdated.');
