// The search page fills its messages with the checkers' filler (widgets/kit/strings.ts): every
// language's search messages must come out whole, with no {{name}} left for the reader to see.
import { describe, expect, test } from 'vitest';
import { fill } from '../../widgets/kit/strings.ts';
import { dictionary } from '../../src/i18n/translator.ts';
import { flatten } from '../../src/i18n/dictionaries.ts';
import { localeCodes, intlTag } from '../../src/config/locales.ts';

describe('search messages', () => {
  test.each(localeCodes)('%s: result counts and "no results" fill completely', (locale) => {
    const ui = flatten(dictionary(locale, 'ui') ?? {});
    const messages = Object.entries(ui).filter(([key]) => /^search\.(results_\w+|noResults)$/.test(key));
    expect(messages.length).toBeGreaterThan(1);
    for (const [key, template] of messages) {
      const text = fill(template, { count: 7, query: '再入国' });
      expect(text, key).not.toMatch(/\{\{|\}\}/);
      expect(text, key).toContain('再入国');
    }
    // The page picks results_<plural category>, falling back to results_other.
    expect(ui['search.results_other'] ?? ui[`search.results_${new Intl.PluralRules(intlTag(locale)).select(7)}`]).toBeDefined();
  });

  test('a name the message does not know stays visible rather than silently vanishing', () => {
    expect(fill('{{count}} results for “{{query}}”', { count: 2 })).toBe('2 results for “{{query}}”');
  });
});
