// The checkers' islands import src/data/legal.ts. In the browser they need only the values in force
// on the build date, not the histories and the date logic, so the client bundle gets those values
// as plain constants (smaller, and the same date as the pages). Server rendering uses the module itself.
//
// Each value is a module of its own, re-exported by the browser's legal.ts: the bundler then puts a
// value only in the chunk of the pages that read it, and of a record only the fields they read.
// (As one module, every value either checker reads landed in the chunk both checker pages load.)
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

/** A plain object whose keys can all be export names (ES module namespaces hold only those). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) &&
    Object.keys(value).every((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default')
  );
}

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
        const value = values[id.slice(valuePrefix.length)];
        // A record's fields become exports of their own; legal.ts hands the record on as this module's
        // namespace, and the bundler keeps only the fields a page reads (`specialPermissionFacts.x`).
        if (isRecord(value)) {
          // `export { vN as key }`: an export name may be any identifier name, reserved words included.
          return Object.entries(value).map(([key, field], n) => `const v${n} = ${JSON.stringify(field)};\nexport { v${n} as ${key} };`).join('\n') + '\n';
        }
        return `export default ${JSON.stringify(value)};\n`;
      }
      if (!/\/src\/data\/legal\.ts$/.test(id.split('?')[0]!)) return null;
      const lines = Object.entries(values).map(([name, value]) =>
        isRecord(value)
          ? `import * as ${name} from ${JSON.stringify(valuePrefix + name)};\nexport { ${name} };`
          : `export { default as ${name} } from ${JSON.stringify(valuePrefix + name)};`,
      );
      return `// Generated at build time from src/data/legal.ts: one module per value (see legal-facts-for-browser.ts).\n${lines.join('\n')}\n`;
    },
  };
}
