// Every kanji word on the pages of a language with readings (Easy Japanese) carries its furigana in
// the built HTML, and the search region carries the kana for Pagefind. Reads dist/ only.
import { describe, expect, test } from 'vitest';
import { builtPages } from '../../scripts/support/dist.ts';
import { locales, type LocaleConfig } from '../../src/config/locales.ts';
import { splitPath } from '../../src/routing/urls.ts';
import { kanjiWithoutReading } from '../../src/japanese/furigana.ts';

const pages = builtPages();
const withReadings = (locales as readonly LocaleConfig[]).filter((l) => l.readings);

describe.each(withReadings)('furigana: $englishName ($code)', (locale) => {
  const own = pages.filter((p) => splitPath(p.path).locale === locale.code);

  test('the language has pages', () => {
    expect(own.length).toBeGreaterThan(10);
  });

  test('no kanji outside <ruby> in text of the language, on any page of the site', () => {
    const missing: string[] = [];
    for (const page of pages) {
      const words = kanjiWithoutReading(page.html, locale.lang);
      if (words.length) missing.push(`${page.path}: ${[...new Set(words)].join(' ')} — add the reading to src/i18n/${locale.code}/readings.json`);
    }
    expect(missing).toEqual([]);
  });

  test('readings are in the HTML and kept out of the search text; kana for search is hidden', () => {
    const guide = own.find((p) => p.path === `/${locale.code}/special-re-entry-permit/`)!;
    expect(guide.html).toMatch(/<ruby>[^<]+<rt data-pagefind-ignore>[ぁ-ゖー]+<\/rt><\/ruby>/);
    expect(guide.html).toMatch(/<p hidden data-furigana-kana>[ぁ-ゖー ]+<\/p><\/article>/);
  });

  test('other languages get no ruby, except this language’s name in their menus', () => {
    const other = pages.find((p) => p.path === '/ja/special-re-entry-permit/')!;
    const rubies = [...other.html.matchAll(/<ruby>/g)].length;
    expect(rubies).toBeGreaterThan(0);
    expect(other.html.replace(new RegExp(`<a [^>]*lang="${locale.lang}"[^>]*>.*?</a>`, 'g'), '')).not.toContain('<ruby>');
  });
});
