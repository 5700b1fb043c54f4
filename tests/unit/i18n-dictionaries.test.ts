// Every locale has exactly the English keys, non-empty, with the same {{placeholders}}.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { compareDictionaries, describeProblem, flatten, namespaces, type Dictionary } from '../../src/i18n/dictionaries.ts';

const load = (locale: string, ns: string): Dictionary | undefined => {
  const file = `src/i18n/${locale}/${ns}.json`;
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Dictionary) : undefined;
};

describe('the comparison itself', () => {
  const source: Dictionary = { a: 'A', b: { c: 'Hello {{name}}' }, n_one: '{{count}} item', n_other: '{{count}} items' };
  test('reports missing, extra, empty and placeholder problems', () => {
    const problems = compareDictionaries(source, { a: ' ', b: { c: 'Hallo' }, extra: 'x', n_other: '{{count}}' });
    expect(problems).toEqual([
      { kind: 'empty', key: 'a' },
      { kind: 'placeholders', key: 'b.c', expected: ['name'], found: [] },
      { kind: 'extra', key: 'extra' },
    ]);
  });
  test('a language with fewer plural forms satisfies the English plural keys', () => {
    expect(compareDictionaries(source, { a: 'A', b: { c: '{{name}}さん' }, n_other: '{{count}}件' })).toEqual([]);
  });
  test('a missing dictionary reports every key, with the file and the fix', () => {
    const problems = compareDictionaries(source, undefined);
    expect(problems.filter((p) => p.kind === 'missing')).toHaveLength(4);
    expect(describeProblem('id', 'ui', problems[0]!)).toBe('src/i18n/id/ui.json: key "a" is missing — copy it from src/i18n/en/ui.json and translate it');
  });
  test('flatten joins nested keys with dots', () => {
    expect(flatten({ a: { b: { c: 'x' } } })).toEqual({ 'a.b.c': 'x' });
  });
});

describe('the site dictionaries', () => {
  for (const ns of namespaces) {
    const english = load('en', ns);
    test(`en/${ns}.json exists and has strings`, () => {
      expect(english).toBeDefined();
      expect(Object.keys(flatten(english ?? {})).length).toBeGreaterThan(5);
    });
    for (const locale of localeCodes.filter((l) => l !== 'en')) {
      // A missing key falls back to English and is listed on the translation-status page; extra,
      // empty and placeholder mistakes are errors.
      test(`${locale}/${ns}.json has no extra, empty or mismatched keys`, () => {
        const problems = compareDictionaries(english ?? {}, load(locale, ns)).filter((p) => p.kind !== 'missing').map((p) => describeProblem(locale, ns, p));
        expect(problems).toEqual([]);
      });
    }
  }
});
