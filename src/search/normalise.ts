// Readers type the same term in other forms than the page writes it: with or without spaces
// (Korean 재류 특별 허가 / 재류특별허가, Nepali पुनः प्रवेश / पुनःप्रवेश), with a colon for the
// Devanagari visarga, with invisible zero-width characters from a phone keyboard, without
// Vietnamese or Portuguese accents, full-width. Pagefind matches words as written, so both sides
// are brought to the page's own form: the index gets each key term in its variant forms
// (`indexVariants`, written into the page at build time), and the query is rewritten so that any
// span matching a known term, whatever its spacing or accents, reads as the page writes it
// (`canonicalQuery`). The known terms are each locale's glossary, titles and primary terms.

/** Zero-width space, non-joiner, joiner, word joiner, byte-order mark and soft hyphen. */
const invisible = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** One form for what looks the same: NFKC, no invisible characters, lower case, single spaces. */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(invisible, '')
    // Nepali and Hindi keyboards without a visarga key: readers type a colon (पुन:प्रवेश).
    .replace(/(\p{Script=Devanagari}):/gu, '$1\u0903')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase()
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Latin letters without their accents (đ → d); other scripts keep their marks, which are letters there. */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** The form two spellings share when they differ only in spacing, hyphens, dots or accents. */
export function matchKey(text: string): string {
  return withoutAccents(foldText(text)).replace(/[\s\-·・'.,()（）]/g, '');
}

/** A space between two letters of a script whose readers write compounds with or without it. */
const compoundSpace = /([\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]\p{M}*) (?=[\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

const spacedScript = /[\p{Script=Latin}\p{Script=Cyrillic}]/u;

/**
 * The forms of a term to index besides the one the page writes: without spaces (for scripts
 * where readers join or split compounds: Hangul, Devanagari, Han, Kana), without hyphens
 * (re-entry → reentry) and without accents. Deduplicated, the written form excluded.
 */
export function indexVariants(term: string): string[] {
  const written = foldText(term);
  const variants = new Set<string>();
  const joined = written.replace(compoundSpace, '$1');
  if (joined !== written) variants.add(joined);
  if (/\p{L}-\p{L}/u.test(written)) variants.add(written.replace(/(\p{L})-(\p{L})/gu, '$1$2'));
  const plain = withoutAccents(written);
  if (plain !== written) variants.add(plain);
  variants.delete(written);
  return [...variants];
}

/** Longest query spans first: a span of up to this many words is tried against the vocabulary. */
const maxSpan = 6;

type Entry = { key: string; form: string; words: number };

/** The vocabulary the query is matched against: every term, and every run of words in a term. */
export function vocabulary(terms: readonly string[]): Entry[] {
  const byKey = new Map<string, Entry | null>();
  const add = (form: string) => {
    const key = matchKey(form);
    // One-letter keys (and two Latin letters) match too much to rewrite anything safely.
    if (key.length < (spacedScript.test(key) ? 3 : 2)) return;
    const existing = byKey.get(key);
    if (existing === undefined) byKey.set(key, { key, form, words: form.split(' ').length });
    // Two different written forms for one key (tai / tài): too ambiguous to rewrite.
    else if (existing && existing.form !== form) byKey.set(key, null);
  };
  for (const term of terms) {
    const written = foldText(term).replace(/[()（）]/g, ' ').replace(/ +/g, ' ').trim();
    add(written);
    const words = written.split(' ');
    for (let i = 0; i < words.length; i++) {
      for (let end = i + 1; end <= Math.min(words.length, i + maxSpan); end++) add(words.slice(i, end).join(' '));
    }
  }
  return [...byKey.values()].filter((e): e is Entry => e !== null);
}

/**
 * The query as the pages write it: folded (see `foldText`), and each run of words whose spacing-,
 * hyphen- and accent-free form equals a known term or word replaced by that term as written.
 * Words that match nothing stay as typed, so nonsense stays nonsense.
 */
export function canonicalQuery(query: string, entries: readonly Entry[]): string {
  const words = foldText(query).split(' ').filter(Boolean);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let matched = 0;
    for (let end = Math.min(words.length, i + maxSpan); end > i; end--) {
      const entry = byKey.get(matchKey(words.slice(i, end).join('')));
      if (entry) {
        out.push(entry.form);
        matched = end - i;
        break;
      }
    }
    if (matched === 0) {
      out.push(words[i]!);
      matched = 1;
    }
    i += matched;
  }
  return out.join(' ');
}

/**
 * The query with each word that is no known word, but one or two typos away from exactly one
 * (minasi → minashi, permision → permission), replaced by it. The search page tries this only
 * when the query as typed finds nothing, so a correct word the vocabulary lacks is never changed.
 */
export function correctedQuery(query: string, entries: readonly Entry[]): string {
  const single = entries.filter((e) => e.words === 1 && /^[\p{L}\p{M}]+$/u.test(e.key));
  const known = new Set(entries.map((e) => e.key));
  return foldText(query)
    .split(' ')
    .map((word) => {
      const key = matchKey(word);
      const allowed = allowedSlips(key);
      if (!allowed || known.has(key)) return word;
      const near = single.filter((e) => Math.abs(e.key.length - key.length) <= allowed && editDistance(e.key, key) <= allowed);
      return near.length === 1 ? near[0]!.form : word;
    })
    .join(' ');
}

/** Edit distance (insertions, deletions, substitutions), for short words only. */
export function editDistance(a: string, b: string): number {
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

/** How many typos a word of this length may carry: one from five letters, two from nine. */
export function allowedSlips(word: string): number {
  const length = [...word].length;
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

