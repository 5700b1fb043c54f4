// The checkers' islands import src/data/legal.ts. In the browser they need only the values in force
// on the build date, not the histories and the date logic, so the client bundle gets those values
// as plain constants (smaller, and the same date as the pages). Server rendering uses the module itself.
//
// Each value is a module of its own, re-exported by the browser's legal.ts: the bundler then puts a
// value only in the chunk of the pages that read it. (As one module, every value either checker
// reads landed in the chunk both checker pages load.)
import type { Plugin } from 'vite';
import { factsCheckedOn, legalFactsOn, siteDate } from '../data/legal.ts';

/** Every value the islands may read, by export name, in force on `date`. */
export function browserLegalValues(date = siteDate, checkedOn = factsCheckedOn): Record<string, unknown> {
  return { siteDate: date, factsCheckedOn: checkedOn, ...legalFactsOn(date) };
}

/** The values as one module of literals (what the browser's legal.ts exports, in one piece). */
export function browserLegalModule(date = siteDate, checkedOn = factsCheckedOn): string {
  const lines = [
    '// Generated at build time from src/data/legal.ts: the values in force on the build date.',
    ...Object.entries(browserLegalValues(date, checkedOn)).map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`),
  ];
  return `${lines.join('\n')}\n`;
}

const valuePrefix = '\0site-legal-value:';

export function legalFactsForBrowser(): Plugin {
  return {
    name: 'site:legal-facts-for-browser',
    enforce: 'pre',
    resolveId(id) {
      return id.startsWith(valuePrefix) ? id : null;
    },
    load(id) {
      if (this.environment?.name !== 'client') return null;
      const values = browserLegalValues();
      if (id.startsWith(valuePrefix)) {
        const name = id.slice(valuePrefix.length);
        return `export const ${name} = ${JSON.stringify(values[name])};\n`;
      }
      if (!/\/src\/data\/legal\.ts$/.test(id.split('?')[0]!)) return null;
      const lines = Object.keys(values).map((name) => `export { ${name} } from ${JSON.stringify(valuePrefix + name)};`);
      return `// Generated at build time from src/data/legal.ts: one module per value (see legal-facts-for-browser.ts).\n${lines.join('\n')}\n`;
    },
  };
}
