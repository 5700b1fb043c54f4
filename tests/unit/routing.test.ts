import { describe, expect, test } from 'vitest';
import { alternatesFor, localizeHref, normaliseRoute, pathFor, splitPath, switchLocale } from '../../src/routing/urls.ts';
import { isLocale, localeCodes, localeConfig, locales } from '../../src/config/locales.ts';
import { suggestLocale } from '../../src/i18n/suggest-locale.ts';
import { formatDate, formatYen } from '../../src/i18n/format.ts';

describe('locale-prefixed paths', () => {
  test('every route has a trailing slash under its locale', () => {
    expect(pathFor('ja', 'fees')).toBe('/ja/fees/');
    expect(pathFor('pt-br', '/check/re-entry/')).toBe('/pt-br/check/re-entry/');
    expect(pathFor('en', '')).toBe('/en/');
    expect(pathFor('en', 'index')).toBe('/en/');
    expect(normaliseRoute('//faq//')).toBe('faq/');
  });

  test('splitPath separates the locale from the route', () => {
    expect(splitPath('/zh-cn/fees/')).toEqual({ locale: 'zh-cn', route: 'fees/' });
    expect(splitPath('/fees/')).toEqual({ locale: null, route: 'fees/' });
    expect(splitPath('/')).toEqual({ locale: null, route: '' });
  });

  test('switching language keeps the page', () => {
    expect(switchLocale('/en/special-re-entry-permit/', 'ne')).toBe('/ne/special-re-entry-permit/');
    expect(switchLocale('/ja/', 'ko')).toBe('/ko/');
    expect(switchLocale('/vi/check/re-entry/', 'tl')).toBe('/tl/check/re-entry/');
  });
});

describe('links written by editors', () => {
  test('locale-less internal links join the reader language, with their fragment', () => {
    expect(localizeHref('/fees/', 'ja')).toBe('/ja/fees/');
    expect(localizeHref('/special-re-entry-permit/#deadline', 'ko')).toBe('/ko/special-re-entry-permit/#deadline');
    expect(localizeHref('/', 'vi')).toBe('/vi/');
  });

  test('external, fragment, tel, protocol-relative and already-localised links are left alone', () => {
    expect(localizeHref('https://www.isa.go.jp/en/', 'ja')).toBe('https://www.isa.go.jp/en/');
    expect(localizeHref('#deadline', 'ja')).toBe('#deadline');
    expect(localizeHref('tel:+81364503286', 'ja')).toBe('tel:+81364503286');
    expect(localizeHref('//example.com/x', 'ja')).toBe('//example.com/x');
    expect(localizeHref('/en/fees/', 'ja')).toBe('/en/fees/');
  });
});

describe('hreflang alternates', () => {
  test('one per locale with its BCP 47 tag, plus x-default on the English page', () => {
    const alternates = alternatesFor('fees');
    expect(alternates).toHaveLength(localeCodes.length + 1);
    expect(alternates.map((a) => a.hreflang)).toEqual([...localeCodes.map((c) => localeConfig(c).lang), 'x-default']);
    expect(alternates.find((a) => a.hreflang === 'zh-CN')?.href).toMatch(/\/zh-cn\/fees\/$/);
    expect(alternates.at(-1)?.href).toMatch(/\/en\/fees\/$/);
  });
});

describe('locales', () => {
  test('codes are lower case URL segments and known', () => {
    for (const code of localeCodes) expect(code).toMatch(/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/);
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('zh-CN')).toBe(false);
    expect(() => localeConfig('xx' as never)).toThrow(/Unknown locale "xx"/);
  });

  test('the browser language suggestion matches exact tags, scripts and base languages', () => {
    const available = locales.map((l) => l.lang.toLowerCase());
    expect(suggestLocale(['ja-JP', 'en'], available)).toBe('ja');
    expect(suggestLocale(['zh-Hans-CN'], available)).toBe('zh-cn');
    expect(suggestLocale(['zh-TW'], available)).toBeNull();
    expect(suggestLocale(['pt-PT'], available)).toBe('pt-br');
    expect(suggestLocale(['fil-PH'], available)).toBe('tl');
    expect(suggestLocale(['de-DE', 'fr'], available)).toBeNull();
    expect(suggestLocale([], available)).toBeNull();
    expect(suggestLocale(['id-ID'], available)).toBe('id');
    // Easy Japanese is chosen, never suggested to readers of Japanese.
    expect(suggestLocale(['ja'], available)).toBe('ja');
    expect(suggestLocale(['ja-x-easy'], available)).toBe('ja-x-easy');
  });

  test('Easy Japanese has its own tag, which nothing reads as plain Japanese', () => {
    const easy = locales.find((l) => l.code === 'ja-easy')!;
    expect(easy.lang).toBe('ja-x-easy');
    expect(Intl.getCanonicalLocales(easy.lang)).toEqual(['ja-x-easy']);
    expect(new Set(locales.map((l) => l.lang.toLowerCase())).size).toBe(locales.length);
    expect(alternatesFor('fees').map((a) => a.hreflang)).toContain('ja-x-easy');
  });
});

describe('formatting without time-zone drift', () => {
  test('a calendar date is the same date in every locale, whatever the process time zone', () => {
    expect(formatDate('2025-04-01', 'en')).toBe('April 1, 2025');
    expect(formatDate('2025-04-01', 'ja')).toBe('2025年4月1日');
    expect(formatDate('2027-03-01', 'ja-easy')).toBe('2027年3月1日');
    expect(formatDate('2027-03-01', 'id')).toBe('1 Maret 2027');
    expect(formatDate('2024-02-29', 'ko')).toContain('29');
    // Nepali pages use Western digits, like residence cards.
    expect(formatDate('2025-04-01', 'ne')).toMatch(/2025/);
  });

  test('yen amounts are formatted for the locale without decimals', () => {
    expect(formatYen(4000, 'en')).toBe('¥4,000');
    expect(formatYen(7000, 'ja')).toMatch(/[¥￥]7,000/);
  });
});

describe('dates in browsers without the language', () => {
  test('the server gives the islands its date pattern and month names, and they write dates the same way', async () => {
    const { dateFallbackFor } = await import('../../src/i18n/format.ts');
    const { formatLongDate, useDateFallback } = await import('../../widgets/kit/format.ts');
    const ne = dateFallbackFor('ne');
    expect(ne.months).toHaveLength(12);
    expect(ne.pattern).toMatch(/\{y\}.*\{m\}.*\{d\}/);
    useDateFallback(ne);
    // 'qq-zz' has no date data anywhere, so the fallback is used; it must match Node's own 'ne'.
    const [y, m, d] = [2024, 6, 10];
    expect(formatLongDate('2024-06-10', 'qq-zz')).toBe(ne.pattern.replace('{y}', String(y)).replace('{m}', ne.months[m - 1]!).replace('{d}', String(d)));
    expect(formatLongDate('2024-06-10', 'qq-zz')).toBe(formatDate('2024-06-10', 'ne'));
    useDateFallback(undefined);
  });
});
