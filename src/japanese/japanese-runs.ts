// Finds the Japanese terms inside another language's text, so they can carry lang="ja": the
// browser then draws them with Japanese glyphs and a screen reader reads them with a Japanese voice.
//
// A run is a stretch of kana and kanji (with 々, 〆, ー and ・). Punctuation ends a run, so the
// brackets around a term stay in the surrounding language. In Chinese text the same Han
// characters are Chinese, so there only runs containing kana count as Japanese: 在留カード is
// marked, 在留資格 is not (it cannot be told apart from Chinese by its characters alone).

export type TextSegment = { text: string; japanese: boolean };

/** How a page's language treats Han characters: 'skip' (the page is Japanese), 'kana-only' (Chinese), or 'all'. */
export type JapaneseMarking = 'skip' | 'kana-only' | 'all';

const run = /[\u3040-\u309F\u30A0-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF66-\uFF9F\u3005\u3006]+/gu;
const kana = /[\u3040-\u309F\u30A0-\u30FA\u30FD-\u30FF\u31F0-\u31FF\uFF66-\uFF9F]/u;

/** The marking for a BCP 47 language tag (or locale code) of the surrounding text. */
export function japaneseMarkingFor(lang: string): JapaneseMarking {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  if (primary === 'ja') return 'skip';
  if (primary === 'zh') return 'kana-only';
  return 'all';
}

/** Splits text into Japanese and other segments; concatenating the segments gives the text back. */
export function japaneseSegments(text: string, marking: JapaneseMarking): TextSegment[] {
  if (marking === 'skip' || text === '') return [{ text, japanese: false }];
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(run)) {
    const found = match[0];
    // ・ and ー alone are also used in other scripts' typography; a run needs a kana or kanji.
    if (!/[^\u30FB\u30FC]/u.test(found)) continue;
    if (marking === 'kana-only' && !kana.test(found)) continue;
    const start = match.index ?? 0;
    if (start > last) segments.push({ text: text.slice(last, start), japanese: false });
    segments.push({ text: found, japanese: true });
    last = start + found.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), japanese: false });
  return segments.length ? segments : [{ text, japanese: false }];
}
