// What both checker islands do with the browser's history: the answers live in the page address,
// so back, forward, reload, a shared link and the page cache (bfcache) all come back through one
// callback that re-reads the address. Nothing is stored anywhere else.

/** Query parameter that reopens the form, filled in, at this question ("Change" links, Back). */
export const changeParam = 'change';

/**
 * Calls `reread` whenever the address may show other answers than the page: back/forward
 * (popstate) and a page restored from the bfcache (pageshow with persisted). Returns the remover.
 * The browser's own scroll restoration is switched off: it would put the reader where the old,
 * longer page was scrolled to; the islands scroll to the top of the section they show instead.
 */
export function followHistory(reread: () => void): () => void {
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  const onPageShow = (event: PageTransitionEvent) => event.persisted && reread();
  addEventListener('popstate', reread);
  addEventListener('pageshow', onPageShow);
  return () => {
    removeEventListener('popstate', reread);
    removeEventListener('pageshow', onPageShow);
  };
}

/**
 * Records a submitted form in history: the entry the reader is on becomes "this form, filled in"
 * (so Back returns to the answers, not to a blank form), and a new entry holds the result.
 */
export function pushResult(query: string, firstField: string): void {
  history.replaceState(null, '', `${location.pathname}?${query}&${changeParam}=${firstField}`);
  history.pushState(null, '', `${location.pathname}?${query}`);
}

/** Removes the answers from the address of this page, in place (no new history entry). */
export function clearAddress(): void {
  history.replaceState(null, '', location.pathname);
}

/** Focuses the element and brings the top of it into view (after Back, too). */
export function focusTop(element: HTMLElement | null | undefined): void {
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView?.({ block: 'start' });
}

let pageTitle = '';

/**
 * The page's <title> says what is on screen: "Error: …" while errors show, the result's headline
 * after a result, the page's own title otherwise.
 */
export function showInTitle(state: 'form' | 'errors' | 'result', text = ''): void {
  pageTitle ||= document.title;
  document.title = state === 'errors' ? `${text} ${pageTitle}` : state === 'result' ? `${text} – ${pageTitle}` : pageTitle;
}
