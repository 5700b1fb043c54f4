// Pure helpers over UI dictionaries (nested JSON objects of strings), shared by the build,
// the content check, the translation status report and the tests.

export type Dictionary = { [key: string]: string | Dictionary };
export const namespaces = ['ui', 'reentry', 'sps', 'glossary'] as const;
export type Namespace = (typeof namespaces)[number];

/** Flattens a nested dictionary into dotted keys: { a: { b: 'x' } } → { 'a.b': 'x' }. */
export function flatten(dictionary: Dictionary, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(dictionary)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[path] = value;
    else Object.assign(flat, flatten(value, path));
  }
  return flat;
}

/** Placeholders such as {{date}} that a string uses. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1] as string).sort();
}

/**
 * The i18next plural suffixes differ by language (Japanese has only `_other`, English `_one` and
 * `_other`), so a key `x_one` in English is satisfied by `x_other` in a language without `one`.
 */
function baseKey(key: string): string {
  return key.replace(/_(zero|one|two|few|many|other)$/, '');
}

export type DictionaryProblem =
  | { kind: 'missing'; key: string }
  | { kind: 'extra'; key: string }
  | { kind: 'empty'; key: string }
  | { kind: 'placeholders'; key: string; expected: string[]; found: string[] };

/** Compares a translation with the source dictionary: missing, extra, empty keys and placeholder mismatches. */
export function compareDictionaries(source: Dictionary, target: Dictionary | undefined): DictionaryProblem[] {
  const from = flatten(source);
  const to = flatten(target ?? {});
  const problems: DictionaryProblem[] = [];
  const toBases = new Set(Object.keys(to).map(baseKey));
  const fromBases = new Set(Object.keys(from).map(baseKey));
  for (const [key, text] of Object.entries(from)) {
    const isPlural = baseKey(key) !== key;
    if (!(key in to) && !(isPlural && toBases.has(baseKey(key)))) {
      problems.push({ kind: 'missing', key });
      continue;
    }
    const translated = to[key];
    if (translated === undefined) continue;
    if (!translated.trim()) problems.push({ kind: 'empty', key });
    const expected = [...new Set(placeholders(text))];
    const found = [...new Set(placeholders(translated))];
    if (expected.join() !== found.join()) problems.push({ kind: 'placeholders', key, expected, found });
  }
  for (const key of Object.keys(to)) {
    if (!(key in from) && !fromBases.has(baseKey(key))) problems.push({ kind: 'extra', key });
  }
  return problems;
}

export function describeProblem(locale: string, namespace: string, problem: DictionaryProblem): string {
  const where = `src/i18n/${locale}/${namespace}.json`;
  switch (problem.kind) {
    case 'missing':
      return `${where}: key "${problem.key}" is missing — copy it from src/i18n/en/${namespace}.json and translate it`;
    case 'extra':
      return `${where}: key "${problem.key}" is not in the English dictionary — remove it or fix its spelling`;
    case 'empty':
      return `${where}: key "${problem.key}" is empty — translate it`;
    case 'placeholders':
      return `${where}: key "${problem.key}" must use the placeholders ${problem.expected.map((p) => `{{${p}}}`).join(', ') || '(none)'} exactly (found ${problem.found.map((p) => `{{${p}}}`).join(', ') || 'none'})`;
  }
}
