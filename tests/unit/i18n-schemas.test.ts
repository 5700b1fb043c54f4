// Issue 16: each checker dictionary, in every language, has exactly the keys its checker reads.
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { dictionarySchemas, schemaFromKeys } from '../../src/i18n/schemas.ts';

const problems = (schema: (typeof dictionarySchemas)['sps'], value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.code}${'keys' in issue ? ` ${String(issue.keys)}` : ''}`);
};

describe('the schema itself', () => {
  const schema = schemaFromKeys(['a', 'b.c', 'n_other']);
  test('accepts exactly the keys, with an English _one form', () => {
    expect(problems(schema, { a: 'A', b: { c: 'C' }, n_other: 'x', n_one: 'y' })).toEqual([]);
  });
  test('fails on a missing, a misspelt, an unused and an empty key', () => {
    expect(problems(schema, { a: '', b: { cc: 'C' }, n_other: 'x', extra: 'y' })).toEqual([
      'a: too_small',
      'b.c: invalid_type',
      'b: unrecognized_keys cc',
      ': unrecognized_keys extra',
    ]);
  });
});

describe('checker dictionaries', () => {
  for (const [namespace, schema] of Object.entries(dictionarySchemas)) {
    for (const locale of localeCodes) {
      const file = `src/i18n/${locale}/${namespace}.json`;
      test(file, () => {
        expect(existsSync(file)).toBe(true);
        expect(problems(schema, JSON.parse(readFileSync(file, 'utf8')))).toEqual([]);
      });
    }
  }
});
