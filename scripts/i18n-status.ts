// npm run i18n:status — which pages and UI strings each language is missing or has out of date.
import { siteTranslationStatus } from '../src/i18n-status/site.ts';
import { renderTable } from '../src/i18n-status/status.ts';

const status = siteTranslationStatus();
if (!status) {
  console.error('Translation status needs the git history: run this inside the project\'s git checkout.');
  process.exit(1);
}
console.log(renderTable(status));
console.log('\nok = up to date · outdated (Nc/Nd) = the English changed N commits / N days after the translation · MISSING = not translated yet (readers see the English with a notice).');
console.log('Commits whose message contains [i18n-ignore] (e.g. a typo fix in English) do not make translations outdated.');
