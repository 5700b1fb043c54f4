import { describe, expect, test } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { japaneseMarkingFor, japaneseSegments } from '../../src/japanese/japanese-runs.ts';
import { localeOfContentFile, markJapanese } from '../../src/content/mark-japanese.ts';

const marked = (text: string, lang: string) =>
  japaneseSegments(text, japaneseMarkingFor(lang)).filter((s) => s.japanese).map((s) => s.text);

describe('japaneseSegments', () => {
  test('finds kana and kanji terms in Latin, Hangul and Devanagari text, without the brackets', () => {
    expect(marked('Giấy phép (みなし再入国許可), thẻ cư trú (在留カード).', 'vi')).toEqual(['みなし再入国許可', '在留カード']);
    expect(marked('특별영주자(特別永住者)는 2년', 'ko')).toEqual(['特別永住者']);
    expect(marked('पुनःप्रवेश अनुमति (再入国許可)', 'ne')).toEqual(['再入国許可']);
    expect(marked('the mark 々 in 人々 and ヶ in 一ヶ月', 'en')).toEqual(['々', '人々', 'ヶ', '一ヶ月']);
  });

  test('gives the text back unchanged when joined, and one plain segment when there is nothing Japanese', () => {
    const text = 'Carry your card (在留カード) and passport — 旅券.';
    expect(japaneseSegments(text, 'all').map((s) => s.text).join('')).toBe(text);
    expect(japaneseSegments('No Japanese here', 'all')).toEqual([{ text: 'No Japanese here', japanese: false }]);
    expect(japaneseSegments('', 'all')).toEqual([{ text: '', japanese: false }]);
  });

  test('Chinese: only runs with kana are Japanese, Han-only runs stay Chinese', () => {
    expect(marked('出示在留卡（在留カード）。您必须在在留期间内返回（在留資格）', 'zh-CN')).toEqual(['在留カード']);
    expect(marked('特别再入境许可（みなし再入国許可，minashi）', 'zh-cn')).toEqual(['みなし再入国許可']);
  });

  test('Japanese pages are left alone; a lone ・ or ー is not a term', () => {
    expect(marked('在留カードを持って', 'ja')).toEqual([]);
    expect(marked('A・B — ー', 'en')).toEqual([]);
    expect(japaneseMarkingFor('ja-JP')).toBe('skip');
    expect(japaneseMarkingFor('pt-BR')).toBe('all');
  });
});

describe('markJapanese (Sätteri hast plugin)', () => {
  const file = (locale: string) => new URL(`file:///site/content/${locale}/special-re-entry-permit.mdx`);
  const html = (source: string, locale: string) => markdownToHtml(source, { hastPlugins: [markJapanese], fileURL: file(locale) }).html;

  test('wraps Japanese runs in <span lang="ja"> in a Vietnamese page, also in headings, emphasis and links', () => {
    const out = html('## Giấy phép (みなし再入国許可)\n\nThẻ **在留カード** và [trang (出入国在留管理庁)](/vi/)', 'vi');
    expect(out).toContain('<h2>Giấy phép (<span lang="ja">みなし再入国許可</span>)</h2>');
    expect(out).toContain('<strong><span lang="ja">在留カード</span></strong>');
    expect(out).toContain('(<span lang="ja">出入国在留管理庁</span>)</a>');
  });

  test('leaves Japanese pages and code alone, and marks only kana runs in Chinese pages', () => {
    expect(html('在留カードを持ってください。', 'ja')).not.toContain('lang=');
    expect(html('Type `在留カード` here', 'en')).toContain('<code>在留カード</code>');
    const zh = html('在留卡（在留カード），在留资格（在留資格）', 'zh-cn');
    expect(zh).toContain('<span lang="ja">在留カード</span>');
    expect(zh).not.toContain('<span lang="ja">在留資格</span>');
  });

  test('marks the text inside MDX components too', () => {
    const { code } = mdxToJs('Bring <Term id="card">在留カード</Term> please.', { hastPlugins: [markJapanese], fileURL: file('tl') });
    expect(code).toMatch(/_jsx\(Term, \{[\s\S]*?lang: "ja",\s*children: "在留カード"/);
  });

  test('needs the page locale from its folder', () => {
    expect(localeOfContentFile(file('pt-br'))).toBe('pt-br');
    expect(localeOfContentFile(undefined)).toBeNull();
    expect(html('在留カード', 'en')).toContain('<span lang="ja">');
  });
});
