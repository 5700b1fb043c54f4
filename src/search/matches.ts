// Pagefind 1.6 answers a word it does not know with the closest words it has: "asdfgh" finds
// every page with "as". That rescues a typo (minashy → minashi) but turns nonsense into eight
// confident results. A result counts only when a word Pagefind marked in it is close to a word
// the reader typed: sharing most of the typed word's beginning (an inflection), one or two slips away (a typo), or for
// scripts written without spaces, one containing the other (再入国 in みなし再入国許可).
import { matchKey } from './normalise.ts';

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

/** Edit distance (insertions, deletions, substitutions), for short words only. */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Whether a marked word is close enough to a typed word to be what the reader meant. */
export function isCloseTo(marked: string, typed: string): boolean {
  const m = matchKey(marked);
  const w = matchKey(typed);
  if (!m || !w) return false;
  if (unspaced.test(w) && m.length >= 2 && (w.includes(m) || m.includes(w))) return true;
  const length = [...w].length;
  if (commonPrefix(m, w) >= Math.ceil(0.7 * length)) return true;
  // One slip in a word of five letters or more, two from nine (permision, sainyukouku).
  const allowed = length >= 9 ? 2 : length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(m.length - w.length) <= allowed && editDistance(m, w) <= allowed;
}

/** Whether any marked word of a result is close to any word of the query. */
export function isRealMatch(marked: readonly string[], query: string): boolean {
  const typed = query.split(/[\s\-]+/).filter(Boolean);
  return marked.some((m) => typed.some((w) => isCloseTo(m, w)));
}
