import { describe, expect, it } from 'vitest';
import { formatLongDate, formatYen } from '../../../widgets/kit/format.ts';
import { fill, flattenStrings } from '../../../widgets/kit/strings.ts';
import { translate } from '../../../widgets/kit/translate.ts';

describe('fill', () => {
  it('replaces {{name}} placeholders and leaves unknown ones', () => {
    expect(fill('Back by {{date}} ({{ iso }})', { date: '10 April 2027', iso: '2027-04-10' })).toBe('Back by 10 April 2027 (2027-04-10)');
    expect(fill('{{n}} years, {{missing}}', { n: 5 })).toBe('5 years, {{missing}}');
    expect(fill('{{toString}}', {})).toBe('{{toString}}');
  });
});

describe('translate / flattenStrings', () => {
  const strings = flattenStrings({ a: { b: 'B {{x}}', c: { d: 'D' } }, n: 3, e: 'E' });
  it('flattens nested dictionaries to dotted keys', () => {
    expect(strings).toEqual({ 'a.b': 'B {{x}}', 'a.c.d': 'D', e: 'E' });
  });
  it('uses the first key that exists, or shows the key', () => {
    expect(translate(strings, ['nope', 'a.b'], { x: 1 })).toBe('B 1');
    expect(translate(strings, 'missing.key')).toBe('missing.key');
  });
});

describe('formatLongDate', () => {
  it('shows the same calendar day in every locale and time zone', () => {
    expect(formatLongDate('2027-04-10', 'en')).toBe('April 10, 2027');
    expect(formatLongDate('2027-04-10', 'ja')).toBe('2027年4月10日');
    expect(formatLongDate('2027-01-01', 'en-GB')).toBe('1 January 2027');
    expect(formatLongDate('2027-02-30', 'en')).toBe('2027-02-30');
    expect(formatLongDate('2027-04-10', 'not a locale!!')).toBe('2027-04-10');
  });
  it('formats yen', () => {
    expect(formatYen(4000, 'en')).toBe('¥4,000');
  });
});
