// The one string filler both checker islands use with the strings they receive as props: no
// i18next in the browser, just a flat key → text map and {{name}} placeholders (the i18next
// syntax, so the same dictionaries work on the server and in the island).

export type Strings = Record<string, string>;
export type Vars = Record<string, string | number>;

/** Replaces {{name}} (spaces allowed inside the braces); unknown names are left as they are. */
export function fill(template: string, vars: Vars = {}): string {
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** Nested dictionary → dotted keys ({a: {b: 'x'}} → {'a.b': 'x'}); non-strings are skipped. */
export function flattenStrings(tree: unknown, prefix = ''): Strings {
  const out: Strings = {};
  if (typeof tree !== 'object' || tree === null) return out;
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'object' && value !== null) Object.assign(out, flattenStrings(value, path));
  }
  return out;
}
