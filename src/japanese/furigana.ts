// Furigana for Easy Japanese: every kanji word in the built HTML gets its reading as <ruby>. Pure:
// the morphological analysis (kuromoji, build time only) is passed in as `tokenize`, so tests can
// feed a fixed dictionary. Used by src/integrations/furigana.ts after Astro has written the pages.

/** One word as a morphological analyser sees it: the written form and its reading in katakana. */
export type Token = { surface: string; reading?: string };
export type Tokenize = (text: string) => Token[];
/** Editor corrections (src/i18n/<locale>/readings.json): written word → reading in hiragana. */
export type Readings = Record<string, string>;

const KANJI = /[\p{Script=Han}々〆ヶ]/u;
const KANJI_RUN = /[\p{Script=Han}々〆ヶ]+/gu;
export const hasKanji = (text: string): boolean => KANJI.test(text);

export function toHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A piece of text: plain, or kanji with the reading shown above it. */
export type Segment = { text: string; reading?: string };

/**
 * Splits a word into kanji runs with their share of the reading and the kana around them, so the
 * reading sits on the kanji only: 戻ります/もどります → 戻(もど) ります.
 */
export function splitReading(surface: string, reading: string): Segment[] {
  const kana = toHiragana(reading);
  const parts = surface.split(/([\p{Script=Han}々〆ヶ]+)/u).filter(Boolean);
  const pattern = parts.map((p) => (KANJI.test(p) ? '(.+?)' : `(${escapeRegExp(toHiragana(p))})`)).join('');
  const match = new RegExp(`^${pattern}$`, 'u').exec(kana);
  if (!match) return [{ text: surface, reading: kana }];
  return parts.map((p, i) => (KANJI.test(p) ? { text: p, reading: match[i + 1] } : { text: p }));
}

// Days of the month and people counted with 人 are read differently after a number
// (1日 ついたち, 20日 はつか, 1人 ひとり); a morphological dictionary gives the generic reading.
const DAY_READINGS: Record<string, string> = {
  '1': 'ついたち', '2': 'ふつか', '3': 'みっか', '4': 'よっか', '5': 'いつか', '6': 'むいか', '7': 'なのか',
  '8': 'ようか', '9': 'ここのか', '10': 'とおか', '14': 'じゅうよっか', '20': 'はつか', '24': 'にじゅうよっか',
};
const PEOPLE_READINGS: Record<string, string> = { '1': 'ひとり', '2': 'ふたり' };

/** The reading of a number and its counter together, when it is not the counter's usual one. */
function counterReading(number: string, counter: string, afterMonth: boolean): string | null {
  if (counter === '日') {
    if (number === '1' && !afterMonth) return 'いちにち';
    return DAY_READINGS[number] ?? null;
  }
  if (counter === '日間') return number === '1' ? 'いちにちかん' : DAY_READINGS[number] ? `${DAY_READINGS[number]}かん` : null;
  if (counter === '人') return PEOPLE_READINGS[number] ?? null;
  return null;
}

/**
 * The text as segments with readings on every kanji run. Editor readings win over the analyser:
 * they are matched first, longest word first.
 */
export function annotate(text: string, tokenize: Tokenize, readings: Readings = {}): Segment[] {
  if (!hasKanji(text)) return [{ text }];
  const words = Object.keys(readings).filter(Boolean).sort((a, b) => b.length - a.length);
  const out: Segment[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let word = '';
    for (const w of words) {
      const i = rest.indexOf(w);
      if (i >= 0 && (at < 0 || i < at)) {
        at = i;
        word = w;
      }
    }
    const plain = at < 0 ? rest : rest.slice(0, at);
    out.push(...annotateWithAnalyser(plain, tokenize));
    if (at < 0) break;
    out.push(...splitReading(word, readings[word]!));
    rest = rest.slice(at + word.length);
  }
  return merge(out);
}

function annotateWithAnalyser(text: string, tokenize: Tokenize): Segment[] {
  if (!text) return [];
  if (!hasKanji(text)) return [{ text }];
  const tokens = tokenize(text);
  const out: Segment[] = [];
  tokens.forEach((token, i) => {
    if (!hasKanji(token.surface)) {
      out.push({ text: token.surface });
      return;
    }
    const before = tokens[i - 1]?.surface ?? '';
    const number = /^\d+$/.test(before.normalize('NFKC')) ? String(Number(before.normalize('NFKC'))) : null;
    const counter = number ? counterReading(number, token.surface, (tokens[i - 2]?.surface ?? '').endsWith('月')) : null;
    if (number && token.surface === '月') {
      // 3月 is さんがつ (a month of the year); kuromoji reads a lone 月 as つき.
      out.push({ text: '月', reading: 'がつ' });
      return;
    }
    const previous = out[out.length - 1];
    if (counter && previous && previous.reading === undefined && previous.text.endsWith(before)) {
      // The number goes under the reading too: <ruby>1日<rt>ついたち</rt></ruby>.
      previous.text = previous.text.slice(0, -before.length);
      if (!previous.text) out.pop();
      out.push({ text: before + token.surface, reading: counter });
      return;
    }
    if (!token.reading || token.reading === '*') {
      // No reading in the dictionary: left without one, and the build-output test names the word.
      out.push({ text: token.surface });
      return;
    }
    out.push(...splitReading(token.surface, token.reading));
  });
  return out;
}

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.reading === undefined && s.reading === undefined) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}

/** For text that cannot hold markup (<option>): the reading in brackets after the word, 在留（ざいりゅう）. */
export function segmentsToBracketedText(segments: Segment[]): string {
  const words: Segment[] = [];
  for (const s of segments) {
    const last = words[words.length - 1];
    // Adjacent kanji words share one bracket: 在留特別許可（ざいりゅうとくべつきょか）.
    if (last?.reading !== undefined && s.reading !== undefined) {
      last.text += s.text;
      last.reading += s.reading;
    } else words.push({ ...s });
  }
  return words.map((s) => escapeHtml(s.reading ? `${s.text}（${s.reading}）` : s.text)).join('');
}

/**
 * Segments as HTML. The reading is kept out of the search index (data-pagefind-ignore) so that a
 * kanji query such as 再入国許可 still finds the word written without breaks; kana queries are
 * served by the page's reading text (see `annotateHtml`).
 */
export function segmentsToHtml(segments: Segment[]): string {
  return segments
    .map((s) => (s.reading ? `<ruby>${escapeHtml(s.text)}<rt data-pagefind-ignore>${escapeHtml(s.reading)}</rt></ruby>` : escapeHtml(s.text)))
    .join('');
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
// Text that is not prose (scripts, styles), cannot hold markup (title, textarea), already has
// readings (ruby), or is rendered again in the browser (checker islands, whose hydration would drop it).
const SKIP = new Set(['script', 'style', 'title', 'textarea', 'ruby', 'rt', 'rp', 'code', 'pre', 'svg', 'template', 'astro-island', 'kbd']);

const decode = (text: string) =>
  text.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos|nbsp));/gi, (_, dec, hex, name) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' } as Record<string, string>)[name.toLowerCase()]!,
  );

/** Kana words collected in a search region, by the Pagefind weight of the text they come from. */
type KanaByWeight = Map<string, string[]>;
type Open = { name: string; lang: string; skip: boolean; searchBody: boolean; weight: string; kana: KanaByWeight | null };

/**
 * Adds <ruby> readings to every text in `lang` (an element's own lang or the nearest ancestor's):
 * whole pages of that language and, on other pages, its name in the language menus. Inside each
 * search region (data-pagefind-body) it appends a hidden line of the words' kana, so that Pagefind
 * also finds the page by the reading a reader types (さいにゅうこくきょか).
 */
export function annotateHtml(html: string, lang: string, tokenize: Tokenize, readings: Readings = {}): string {
  const target = lang.toLowerCase();
  const stack: Open[] = [];
  let out = '';
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const [whole, closing, opening, attrs = ''] = m;
    if (closing) {
      const name = closing.toLowerCase();
      const index = stack.map((o) => o.name).lastIndexOf(name);
      if (index >= 0) {
        const open = stack[index]!;
        stack.length = index;
        if (open.searchBody && open.kana) out += kanaLines(open.kana);
      }
      out += whole;
      continue;
    }
    if (opening) {
      const name = opening.toLowerCase();
      out += whole;
      if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
      const parent = stack[stack.length - 1];
      const langAttr = /\slang="([^"]*)"/i.exec(attrs)?.[1];
      const searchBody = /\sdata-pagefind-body\b/i.test(attrs);
      const weight = /\sdata-pagefind-weight="([\d.]+)"/i.exec(attrs)?.[1];
      const open: Open = {
        name,
        lang: (langAttr ?? parent?.lang ?? '').toLowerCase(),
        skip: SKIP.has(name) || (parent?.skip ?? false) || /\sdata-furigana-kana\b/.test(attrs),
        searchBody,
        weight: weight ?? parent?.weight ?? '',
        kana: searchBody ? new Map() : (parent?.kana ?? null),
      };
      stack.push(open);
      if (name === 'script' || name === 'style' || name === 'textarea' || name === 'title') {
        // Raw text: copy up to the closing tag untouched.
        const end = html.toLowerCase().indexOf(`</${name}`, re.lastIndex);
        const stop = end < 0 ? html.length : end;
        out += html.slice(re.lastIndex, stop);
        re.lastIndex = stop;
      }
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current || current.skip || current.lang !== target || !hasKanji(whole)) {
      out += whole;
      continue;
    }
    const segments = annotate(decode(whole), tokenize, readings);
    if (current.kana) {
      const words = current.kana.get(current.weight) ?? [];
      words.push(...kanaWords(segments));
      current.kana.set(current.weight, words);
    }
    out += current.name === 'option' ? segmentsToBracketedText(segments) : segmentsToHtml(segments);
  }
  return out;
}

/**
 * Hidden lines of kana for Pagefind, one per weight, so a kana query ranks pages as the kanji query
 * does: the primary terms (weight 10) stay primary in kana too.
 */
function kanaLines(kana: KanaByWeight): string {
  return [...kana]
    .filter(([, words]) => words.length)
    .map(([weight, words]) => `<p hidden data-furigana-kana${weight ? ` data-pagefind-weight="${weight}"` : ''}>${escapeHtml([...new Set(words)].join(' '))}</p>`)
    .join('');
}

/**
 * The kana of each kanji word and of every run of adjacent kanji words (再入国許可 →
 * さい にゅうこく きょか さいにゅうこく にゅうこくきょか さいにゅうこくきょか), so a reader who types
 * part of a compound in kana finds it.
 */
function kanaWords(segments: Segment[]): string[] {
  const words: string[] = [];
  let run: string[] = [];
  const flush = () => {
    for (let length = 1; length <= run.length; length += 1) {
      for (let start = 0; start + length <= run.length; start += 1) words.push(run.slice(start, start + length).join(''));
    }
    run = [];
  };
  for (const s of segments) {
    if (s.reading) run.push(s.reading);
    else flush();
  }
  flush();
  return words;
}

/** Kanji in the text content of HTML that sit outside <ruby> (for the build-output test). */
export function kanjiWithoutReading(html: string, lang: string): string[] {
  const target = lang.toLowerCase();
  const found: string[] = [];
  const stack: Array<{ name: string; lang: string; skip: boolean }> = [];
  const re = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const [whole, closing, opening, attrs = ''] = m;
    if (closing) {
      const index = stack.map((o) => o.name).lastIndexOf(closing.toLowerCase());
      if (index >= 0) stack.length = index;
      continue;
    }
    if (opening) {
      const name = opening.toLowerCase();
      if (VOID.has(name) || /\/\s*$/.test(attrs)) continue;
      const parent = stack[stack.length - 1];
      const langAttr = /\slang="([^"]*)"/i.exec(attrs)?.[1];
      // Only ruby counts as a reading here; scripts and styles are not text; islands are reported apart.
      const skip = ['ruby', 'script', 'style', 'title', 'svg', 'template', 'astro-island'].includes(name) || /\sdata-furigana-kana\b/.test(attrs) || (parent?.skip ?? false);
      stack.push({ name, lang: (langAttr ?? parent?.lang ?? '').toLowerCase(), skip });
      if (name === 'script' || name === 'style' || name === 'title') {
        const end = html.toLowerCase().indexOf(`</${name}`, re.lastIndex);
        re.lastIndex = end < 0 ? html.length : end;
      }
      continue;
    }
    const current = stack[stack.length - 1];
    if (!current || current.skip || current.lang !== target) continue;
    // An <option> cannot hold <ruby>: there the reading follows the word in brackets.
    const text = current.name === 'option' ? decode(whole).replace(/[\p{Script=Han}々〆ヶ]+（[\p{Script=Hiragana}ー]+）/gu, '') : decode(whole);
    for (const k of text.matchAll(KANJI_RUN)) found.push(k[0]);
  }
  return found;
}
