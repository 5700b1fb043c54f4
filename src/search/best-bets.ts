// "Best bets": when a query is (part of) a page's primary term, that page goes first. Pagefind
// splits Japanese and Chinese compounds into pieces (みなし再入国許可 → みなし / 再入国 / 許可), so
// the piece shared with another guide can outrank the guide the reader asked for
// (Pagefind issue #1237). Matching the whole query against whole terms avoids that.

import { foldText } from './normalise.ts';

export type BestBet = { term: string; url: string };

export function normaliseQuery(text: string): string {
  return foldText(text);
}

/**
 * The page whose term best covers the query, or null. A term that covers the whole query (the
 * query inside the term, or every word of the query among the term's words: Nepali "शुल्क फिर्ता"
 * in the refund policy's title) always beats a term that covers only part of it (the fee page's
 * "शुल्क"); within each tier, the closer the lengths, the better. Very short queries (one
 * character, or two Latin letters) never match.
 */
export function bestBet(query: string, bets: readonly BestBet[]): string | null {
  const q = normaliseQuery(query);
  const latin = /^[\p{Script=Latin}\d\s'-]+$/u.test(q);
  if (q.length < (latin ? 3 : 2)) return null;
  const queryWords = q.split(' ');
  // Outside alphabetic scripts a space is optional (간주 재입국 허가 = 간주재입국허가; the
  // vocabulary may give the query back in either spacing): compare those without spaces.
  const compact = (text: string) => (latin ? text : text.replace(/\s+/g, ''));
  const cq = compact(q);
  let best: { url: string; score: number } | null = null;
  let tie = false;
  for (const bet of bets) {
    const term = normaliseQuery(bet.term);
    if (!term) continue;
    const termWords = term.split(/[\s()（）]+/);
    let score = 0;
    const ct = compact(term);
    if (ct.includes(cq) && (!latin || ` ${term} `.includes(` ${q} `) || term === q)) score = 0.5 + (0.5 * cq.length) / ct.length;
    else if (queryWords.length > 1 && queryWords.every((w) => termWords.includes(w))) score = 0.5 + (0.5 * q.length) / term.length;
    else if (cq.includes(ct) && ct.length >= (latin ? 3 : 2) && (!latin || ` ${q} `.includes(` ${term} `))) score = (0.5 * ct.length) / cq.length;
    // In alphabetic scripts only whole words count: "permit" must not match "permits".
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { url: bet.url, score };
      tie = false;
    } else if (score === best.score && bet.url !== best.url) {
      tie = true;
    }
  }
  return best && !tie ? best.url : null;
}

/** Moves the best bet to the front of a result list (by URL without the fragment). */
export function promote<T extends { url: string }>(results: T[], url: string | null): T[] {
  if (!url) return results;
  const index = results.findIndex((r) => r.url.split('#')[0] === url);
  if (index <= 0) return results;
  return [results[index]!, ...results.slice(0, index), ...results.slice(index + 1)];
}
