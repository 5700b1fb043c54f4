// The checkers' islands import src/data/legal.ts. In the browser they need only the values in force
// on the build date, not the histories and the date logic, so the client bundle gets those values
// as plain constants (smaller, and the same date as the pages). Server rendering uses the module itself.
//
// Each value is a module of its own, re-exported by the browser's legal.ts: bundlers share code
// between pages module by module, so a page then loads only the values its own code reads. A
// record's fields are exports of their own, handed on as that module's namespace, so of a record a
// page keeps only the fields it reads (`specialPermissionFacts.departureOrderBanYears`).
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

/** A plain object whose keys can all be export names (an ES module namespace holds only those). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).every((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
}

/**
 * One module per value, by export name: a record's fields as named exports (`export { vN as key }`:
 * an export name may be any identifier name, reserved words included), any other value as the default export.
 */
export function browserLegalModules(date = siteDate, checkedOn = factsCheckedOn): Record<string, string> {
  return Object.fromEntries(
    Object.entries(browserLegalValues(date, checkedOn)).map(([name, value]) => [
      name,
      isRecord(value)
        ? Object.entries(value).map(([key, field], n) => `const v${n} = ${JSON.stringify(field)};\nexport { v${n} as ${key} };\n`).join('')
        : `export default ${JSON.stringify(value)};\n`,
    ]),
  );
}

const prefix = '\0legal-fact:';

export function legalFactsForBrowser(): Plugin {
  const values = browserLegalValues();
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
      return Object.entries(values)
        .map(([name, value]) =>
          isRecord(value) ? `import * as ${name} from '${prefix}${name}';\nexport { ${name} };` : `export { default as ${name} } from '${prefix}${name}';`,
        )
        .join('\n');
    },
  };
}
