// The checkers' islands import src/data/legal.ts. In the browser they need only the values in force
// on the build date, not the histories and the date logic, so the client bundle gets those values
// as plain constants (smaller, and the same date as the pages). Server rendering uses the module itself.
import type { Plugin } from 'vite';
import { factsCheckedOn, legalFactsOn, siteDate } from '../data/legal.ts';

/** The source of the browser's legal.ts: every value the islands read, as literals. */
export function browserLegalModule(date = siteDate, checkedOn = factsCheckedOn): string {
  const facts = legalFactsOn(date);
  const lines = [
    '// Generated at build time from src/data/legal.ts: the values in force on the build date.',
    `export const siteDate = ${JSON.stringify(date)};`,
    `export const factsCheckedOn = ${JSON.stringify(checkedOn)};`,
    ...Object.entries(facts).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
  ];
  return `${lines.join('\n')}\n`;
}

export function legalFactsForBrowser(): Plugin {
  return {
    name: 'site:legal-facts-for-browser',
    enforce: 'pre',
    load(id) {
      if (this.environment?.name !== 'client' || !/\/src\/data\/legal\.ts$/.test(id.split('?')[0]!)) return null;
      return browserLegalModule();
    },
  };
}
