// What the search page needs only once the reader searches: loaded with Pagefind, so that the
// page itself ships as little script as possible (budget: 4 KB before a search).
export { bestBet, promote } from './best-bets.ts';
export { canonicalQuery, correctedQuery, vocabulary } from './normalise.ts';
export { isRealMatch, markedWords } from './matches.ts';
