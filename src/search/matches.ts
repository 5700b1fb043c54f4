// Pagefind 1.6 answers a word it does not know with the closest words it has: "asdfgh" finds
// every page with "as". That rescues a typo (minashy → minashi) but turns nonsense into eight
// confident results. A result counts only when a word Pagefind marked in it is close to a word
// the reader typed: sharing most of the typed word's beginning (an inflection), one or two slips away (a typo), or for
// scripts written without spaces, one containing the other (再入国 in みなし再入国許可).
import { allowedSlips, editDistance, matchKey } from './normalise.ts';

/** The words Pagefind marked in an excerpt (`<mark>…</mark>`), as plain text. */
export function markedWords(excerpt: string): string[] {
  return [...excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => m[1]!.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&'));
}

const unspaced = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether a marked word is close enough to a typed word to be what the reader meant. */
export function isCloseTo(marked: string, typed: string): boolean {
  const m = matchKey(marked);
  const w = matchKey(typed);
  if (!m || !w) return false;
  if (unspaced.test(w) && m.length >= 2 && (w.includes(m) || m.includes(w))) return true;
  if (commonPrefix(m, w) >= Math.ceil(0.7 * [...w].length)) return true;
  // One slip in a word of five letters or more, two from nine (permision, sainyukouku).
  const allowed = allowedSlips(w);
  return allowed > 0 && Math.abs(m.length - w.length) <= allowed && editDistance(m, w) <= allowed;
}

/**
 * In scripts without spaces Pagefind splits the typed word into pieces, down to single
 * characters (在特 → 在, 特), and marks the words they begin (在留, 特別): a typed word counts as
 * found when the beginnings of the marked words cover most of it.
 */
function coveredByPieces(marked: readonly string[], typed: string): boolean {
  const w = matchKey(typed);
  const covered = new Array<boolean>(w.length).fill(false);
  for (const word of marked.map(matchKey)) {
    for (let length = word.length; length > 0; length--) {
      const at = w.indexOf(word.slice(0, length));
      if (at < 0) continue;
      covered.fill(true, at, at + length);
      break;
    }
  }
  return covered.filter(Boolean).length >= Math.ceil(0.6 * w.length);
}

/** Whether any marked word of a result is close to any word of the query. */
export function isRealMatch(marked: readonly string[], query: string): boolean {
  const typed = query.split(/[\s\-]+/).filter(Boolean);
  return typed.some((w) => marked.some((m) => isCloseTo(m, w)) || (unspaced.test(w) && coveredByPieces(marked, w)));
}
