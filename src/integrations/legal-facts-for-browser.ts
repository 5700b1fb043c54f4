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

/**
 * The same values, one module per export: the browser's legal.ts only re-exports them. Bundlers
 * share code between pages module by module, so each checker page then loads only the values its
 * own code reads (the re-entry limits are not sent to the Special Permission page, and back).
 */
export function browserLegalModules(date = siteDate, checkedOn = factsCheckedOn): Record<string, string> {
  const values: Record<string, unknown> = { siteDate: date, factsCheckedOn: checkedOn, ...legalFactsOn(date) };
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, `export const ${name} = ${JSON.stringify(value)};\n`]));
}

const prefix = '\0legal-fact:';

export function legalFactsForBrowser(): Plugin {
  const modules = browserLegalModules();
  return {
    name: 'site:legal-facts-for-browser',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(prefix) ? id : null;
    },
    load(id) {
      if (id.startsWith(prefix)) return modules[id.slice(prefix.length)] ?? null;
      if (this.environment?.name !== 'client' || !/\/src\/data\/legal\.ts$/.test(id.split('?')[0]!)) return null;
      return Object.keys(modules).map((name) => `export { ${name} } from '${prefix}${name}';`).join('\n');
    },
  };
}
