// Switching language on a checker page keeps the reader's answers: the answers live in the query
// string, so the language links get the current one. Kept apart from the DOM so it can be tested.

/** The language link's href with the page's current query string (and no fragment). */
export function withQuery(href: string, search: string): string {
  const hashAt = href.indexOf('#');
  const withoutHash = hashAt === -1 ? href : href.slice(0, hashAt);
  const queryAt = withoutHash.indexOf('?');
  const path = queryAt === -1 ? withoutHash : withoutHash.slice(0, queryAt);
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query ? `${path}?${query}` : path;
}
