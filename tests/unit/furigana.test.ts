// Furigana rules with a fixed dictionary (kuromoji itself is exercised by the build and by
// tests/browser/furigana.test.ts on the built pages).
import { describe, expect, test } from 'vitest';
import { annotate, annotateHtml, kanjiWithoutReading, splitReading, toHiragana, type Tokenize } from '../../src/japanese/furigana.ts';

// A tiny analyser: known words with their katakana readings, everything else one character at a time.
const dictionary: Record<string, string> = {
  再: 'サイ', 入国: 'ニュウコク', 許可: 'キョカ', 日本: 'ニッポン', 戻ります: 'モドリマス', 年: 'ネン', 月: 'ツキ', 日: 'ニチ', 人: 'ニン', 期間: 'キカン', 麤: '',
};
const tokenize: Tokenize = (text) => {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const word = Object.keys(dictionary).sort((a, b) => b.length - a.length).find((w) => text.startsWith(w, i));
    if (word) {
      tokens.push({ surface: word, reading: dictionary[word] || undefined });
      i += word.length;
      continue;
    }
    const digits = /^\d+/.exec(text.slice(i))?.[0];
    const surface = digits ?? text[i]!;
    tokens.push({ surface, reading: undefined });
    i += surface.length;
  }
  return tokens;
};

describe('readings', () => {
  test('katakana readings become hiragana', () => {
    expect(toHiragana('サイニュウコク')).toBe('さいにゅうこく');
  });

  test('the reading sits on the kanji only, not on the kana after it', () => {
    expect(splitReading('戻ります', 'モドリマス')).toEqual([{ text: '戻', reading: 'もど' }, { text: 'ります' }]);
  });

  test('a reading that does not fit the kana of the word stays on the whole word', () => {
    expect(splitReading('戻ります', 'カエル')).toEqual([{ text: '戻ります', reading: 'かえる' }]);
  });

  test('every kanji word gets a reading; kana and digits stay plain', () => {
    expect(annotate('再入国許可です', tokenize)).toEqual([
      { text: '再', reading: 'さい' }, { text: '入国', reading: 'にゅうこく' }, { text: '許可', reading: 'きょか' }, { text: 'です' },
    ]);
  });

  test("an editor's reading wins over the dictionary, longest word first", () => {
    expect(annotate('日本に戻ります', tokenize, { 日本: 'にほん' })[0]).toEqual({ text: '日本', reading: 'にほん' });
    expect(annotate('再入国', tokenize, { 再入国: 'さいにゅうこく', 入国: 'いりくに' })).toEqual([{ text: '再入国', reading: 'さいにゅうこく' }]);
  });

  test('dates read as dates: 3月 is がつ, the 1st is ついたち, the 20th はつか, a day-long period いちにち', () => {
    const date = annotate('2027年3月1日', tokenize);
    expect(date).toContainEqual({ text: '月', reading: 'がつ' });
    expect(date).toContainEqual({ text: '1日', reading: 'ついたち' });
    expect(annotate('6月20日', tokenize)).toContainEqual({ text: '20日', reading: 'はつか' });
    expect(annotate('1日だけ', tokenize)[0]).toEqual({ text: '1日', reading: 'いちにち' });
    expect(annotate('15日', tokenize)).toEqual([{ text: '15' }, { text: '日', reading: 'にち' }]);
  });

  test('people: 1人 ひとり, 2人 ふたり, 3人 with the usual reading', () => {
    expect(annotate('2人', tokenize)).toEqual([{ text: '2人', reading: 'ふたり' }]);
    expect(annotate('3人', tokenize)).toEqual([{ text: '3' }, { text: '人', reading: 'にん' }]);
  });

  test('a word the dictionary cannot read is left plain, so the build-output test names it', () => {
    expect(annotate('麤', tokenize)).toEqual([{ text: '麤' }]);
  });
});

describe('HTML', () => {
  const page = (body: string) => `<!doctype html><html lang="ja-x-easy"><head><title>日本</title><script>const a = "日本";</script></head><body>${body}</body></html>`;

  test('text in the language gets <ruby>, kept out of the search index; title and scripts are untouched', () => {
    const html = annotateHtml(page('<p>日本に戻ります</p>'), 'ja-x-easy', tokenize, { 日本: 'にほん' });
    expect(html).toContain('<p><ruby>日本<rt data-pagefind-ignore>にほん</rt></ruby>に<ruby>戻<rt data-pagefind-ignore>もど</rt></ruby>ります</p>');
    expect(html).toContain('<title>日本</title>');
    expect(html).toContain('const a = "日本";');
  });

  test('other languages on the page, checker islands and existing ruby are left alone', () => {
    const body = '<p lang="zh-CN">日本</p><astro-island><p>日本</p></astro-island><ruby>日本<rt>にほん</rt></ruby>';
    expect(annotateHtml(page(body), 'ja-x-easy', tokenize)).toContain(body);
  });

  test('on another language page only elements marked with the language are annotated', () => {
    const html = annotateHtml('<html lang="en"><body><a lang="ja-x-easy">日本</a> 日本</body></html>', 'ja-x-easy', tokenize, { 日本: 'にほん' });
    expect(html).toBe('<html lang="en"><body><a lang="ja-x-easy"><ruby>日本<rt data-pagefind-ignore>にほん</rt></ruby></a> 日本</body></html>');
  });

  test('entities are read as text and written back escaped', () => {
    expect(annotateHtml(page('<p>許可&amp;入国</p>'), 'ja-x-easy', tokenize)).toContain('<ruby>許可<rt data-pagefind-ignore>きょか</rt></ruby>&amp;<ruby>入国');
  });

  test('an option cannot hold ruby: the reading follows in brackets, one bracket for adjacent words', () => {
    const html = annotateHtml(page('<select><option>再入国許可</option></select>'), 'ja-x-easy', tokenize);
    expect(html).toContain('<option>再入国許可（さいにゅうこくきょか）</option>');
    expect(kanjiWithoutReading(html, 'ja-x-easy')).toEqual([]);
  });

  test('the search region gets a hidden line of kana words, so kana queries find the page', () => {
    const html = annotateHtml(page('<article data-pagefind-body><h1>再入国許可</h1></article>'), 'ja-x-easy', tokenize);
    expect(html).toContain('<p hidden data-furigana-kana>さい にゅうこく きょか さいにゅうこく にゅうこくきょか さいにゅうこくきょか</p></article>');
  });

  test('the scan finds kanji outside ruby, and only in the language', () => {
    const html = page('<p><ruby>日本<rt>にほん</rt></ruby>の期間</p><p lang="ja">期間</p><astro-island>期間</astro-island>');
    expect(kanjiWithoutReading(html, 'ja-x-easy')).toEqual(['期間']);
    expect(kanjiWithoutReading(annotateHtml(html, 'ja-x-easy', tokenize), 'ja-x-easy')).toEqual([]);
  });
});

describe('kana for search keeps the weight of its text', () => {
  test('a weighted line (primary terms) gets a weighted kana line', () => {
    const html = annotateHtml('<html lang="ja-x-easy"><body><article data-pagefind-body><p data-pagefind-weight="10">再入国</p><p>許可</p></article></body></html>', 'ja-x-easy', tokenize);
    expect(html).toContain('<p hidden data-furigana-kana data-pagefind-weight="10">さい にゅうこく さいにゅうこく</p><p hidden data-furigana-kana>きょか</p></article>');
  });
});
