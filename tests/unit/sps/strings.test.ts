// The English dictionary has every key the checker and route table read, and no stray ones;
// the text helpers interpolate and pick plurals the way i18next would.
import { describe, expect, it } from 'vitest';
import en from '../../../src/i18n/en/sps.json' with { type: 'json' };
import { localeCodes } from '../../../src/config/locales.ts';
import { fill, flatten, pluralKeys, requiredKeys, translator } from '../../../widgets/sps/text.ts';

const flat = flatten(en);

describe('src/i18n/en/sps.json', () => {
  it('has every key the widgets use', () => {
    expect(requiredKeys().filter((key) => !(key in flat))).toEqual([]);
  });
  it('has both English plural forms for every plural key', () => {
    for (const key of pluralKeys) {
      expect(flat[`${key}_one`], key).toBeTruthy();
      expect(flat[`${key}_other`], key).toBeTruthy();
    }
  });
  it('has no key the widgets never read (catches misspellings)', () => {
    const used = new Set(requiredKeys());
    const unused = Object.keys(flat).filter((key) => !used.has(key) && !used.has(key.replace(/_one$/, '_other')));
    expect(unused).toEqual([]);
  });
  it('says the things the issue requires, unsoftened', () => {
    expect(flat['bar.applies']).toContain('for people sentenced to life imprisonment or to more than one year that was not suspended, and for people under certain listed grounds for deportation');
    expect(flat['bar.drug']).toContain('A drug conviction is not itself part of this bar');
    expect(flat['bar.drug']).toContain('weighs heavily against');
    expect(flat['routes.departure_order.beforeNotice']).toContain('BEFORE an immigration inspector notifies you');
    expect(flat['noPrediction']).toContain('No single factor decides; this is not a prediction of the decision');
    expect(flat['notAdvice']).toContain('This is not legal advice');
    expect(flat['privacy']).toContain('Your answers stay in this browser; nothing is sent or stored except in the page address');
    expect(flat['factors.inFavour']).toBe('Counts in your favour');
    expect(flat['factors.against']).toBe('Counts against');
    expect(flat['sources.checkedOn']).toContain('{{checkedOn}}');
  });
  it('the two factor groups have distinct legends (issue 17)', () => {
    expect(flat['questions.inFavour.legend']).not.toBe(flat['questions.against.legend']);
  });
  it('states the office refund conditions in its own words (facts E), as a "system", never a guarantee', () => {
    expect(flat['refund.heading']).toContain('full-refund system (全額返金制度)');
    expect(flat['refund.quote']).toContain('special conditions');
    expect(flat['refund.quote']).toContain('the client is responsible');
    expect(flat['refund.status.covered']).toContain('whole service fee');
    for (const [key, text] of Object.entries(flat)) {
      expect(text, key).not.toMatch(/guarantee(?!s? permission)/i);
      expect(text, key).not.toMatch(/few refusals/i);
    }
  });
  it('uses only placeholders the widgets supply', () => {
    const supplied = new Set(['office', 'phone', 'count', 'reformDate', 'checkedOn']);
    for (const [key, text] of Object.entries(flat)) {
      for (const [, name] of text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)) expect(supplied.has(name!), `${key}: {{${name}}}`).toBe(true);
    }
  });
});

describe('text helpers', () => {
  it('fill replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('Call {{phone}} or {{ other }}', { phone: '03' })).toBe('Call 03 or {{ other }}');
  });
  it('flatten makes dotted keys and ignores non-strings', () => {
    expect(flatten({ a: { b: 'x', c: 1 }, d: 'y' })).toEqual({ 'a.b': 'x', d: 'y' });
  });
  it('plural picks _one/_other by language and falls back to _other', () => {
    const { plural, t } = translator({ 'n_one': '{{count}} year', 'n_other': '{{count}} years', 'j_other': '{{count}}年' }, 'en');
    expect(plural('n', 1)).toBe('1 year');
    expect(plural('n', 5)).toBe('5 years');
    expect(plural('j', 1)).toBe('1年');
    expect(t('missing.key')).toBe('missing.key');
    expect(translator({ 'n_other': '{{count}}' }, 'not a language!!').plural('n', 2)).toBe('2');
  });
});

describe('every locale', () => {
  const dictionaries = import.meta.glob<{ default: Record<string, unknown> }>('../../../src/i18n/*/sps.json', { eager: true });
  const required = requiredKeys();
  it('has a dictionary for every language of the site', () => expect(Object.keys(dictionaries).map((path) => path.split('/').at(-2)).sort()).toEqual([...localeCodes].sort()));
  for (const [path, module] of Object.entries(dictionaries)) {
    const strings = flatten(module.default);
    it(`${path}: every key, the office's word "全額返金制度", the rules-checked date`, () => {
      expect(required.filter((key) => !(key in strings))).toEqual([]);
      expect(strings['refund.heading']).toContain('全額返金制度');
      expect(strings['routeTable.refund']).toContain('全額返金制度');
      expect(strings['sources.checkedOn']).toContain('{{checkedOn}}');
      // The dropped factor (not in the guideline, C4.3) stays dropped everywhere.
      expect(Object.keys(strings).some((key) => key.includes('married_pr_or_ltr'))).toBe(false);
    });
  }
});
