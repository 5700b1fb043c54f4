// Runs on the search page only. Pagefind's script and index load when there is a query or the
// reader starts typing — never on content pages.
import { queryFromUrl, toView, type SearchResultView } from './render.ts';
import type { BestBet } from './best-bets.ts';
// The checkers' {{name}} filler: one syntax for every string the browser fills (a few hundred bytes).
import { fill } from '../../widgets/kit/strings.ts';

type Tools = typeof import('./query-tools.ts');

/**
 * Each result's text is a separate download (3–7 KB): the first query fetches only as many as a
 * phone shows before the reader scrolls, and "more results" fetches the next ones.
 */
// Three: a 320 px phone shows about three results before the reader scrolls, and the longest guides
// (the Chinese Special Permission page is a 10 KB fragment) must still fit the 110 KB first query.
const batchSize = 3;

type Strings = Record<string, string>;
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: Array<{ data: () => Promise<{ url: string } & Parameters<typeof toView>[0]> }> }>;
};

const root = document.getElementById('search-app');
if (root) {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const bundlePath = root.dataset.bundle ?? '/pagefind/';
  const form = root.querySelector('form') as HTMLFormElement;
  const input = form.querySelector('input[name="q"]') as HTMLInputElement;
  const filter = form.querySelector('select[name="procedure"]') as HTMLSelectElement;
  const status = root.querySelector('[role="status"]') as HTMLElement;
  const list = root.querySelector('.search-results') as HTMLOListElement;
  const labels = JSON.parse(root.dataset.procedures ?? '{}') as Record<string, string>;
  const bets = JSON.parse(root.dataset.bestBets ?? '[]') as BestBet[];
  const more = root.querySelector('.search-more') as HTMLButtonElement;
  type Loaded = { engine: Pagefind; tools: Tools; known: ReturnType<Tools['vocabulary']> };
  let loaded: Promise<Loaded> | null = null;
  let latest = 0;

  const load = (): Promise<Loaded> => {
    loaded ??= Promise.all([
      import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(async (module: Pagefind) => {
        // Guides are long and shorter pages (home, FAQ) mention every term: do not favour short pages.
        // On the main thread (noWorker): the worker script would cost a 12 KB download for a small index.
        await module.options({ noWorker: true, excerptLength: 24, ranking: { pageLength: 0.1, termSaturation: 1.6 } });
        return module;
      }),
      import('./query-tools.ts'),
    ]).then(([engine, tools]) => ({ engine, tools, known: tools.vocabulary(JSON.parse(root.dataset.vocabulary ?? '[]') as string[]) }));
    return loaded;
  };

  const itemFor = (view: SearchResultView): HTMLLIElement => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = view.url;
    link.textContent = view.title;
    heading.append(link);
    item.append(heading);
    if (view.section || view.procedure) {
      const where = document.createElement('p');
      where.className = 'search-results__where';
      where.textContent = [view.procedure ? labels[view.procedure] : null, view.section].filter(Boolean).join(' › ');
      item.append(where);
    }
    const excerpt = document.createElement('p');
    excerpt.innerHTML = view.excerpt; // Pagefind escapes the text and adds only <mark>.
    item.append(excerpt);
    return item;
  };

  const announce = (query: string, count: number) => {
    // A very long query is cut in the message, so the results stay on the first screen.
    const shown = query.length > 40 ? `${query.slice(0, 39)}…` : query;
    status.textContent = count
      ? fill(strings[`results_${new Intl.PluralRules(document.documentElement.lang).select(count)}`] ?? strings['results_other'] ?? '', { count, query: shown })
      : fill(strings['noResults'] ?? '', { query: shown });
  };

  type Data = Parameters<typeof toView>[0];
  type Result = { data: () => Promise<Data> };
  /** Whether Pagefind marked, in the result, a word close to one the reader typed (see matches.ts). */
  const matches = ({ isRealMatch, markedWords }: Tools, d: Data, query: string) => isRealMatch([d.excerpt, ...(d.sub_results ?? []).map((s) => s.excerpt)].flatMap(markedWords), query);
  let currentQuery = '';
  /** Results of the current query not shown yet, and the URLs already shown. */
  let rest: Result[] = [];
  let shownUrls = new Set<string>();

  const showMore = async (ticket: number) => {
    const batch = rest.slice(0, batchSize);
    rest = rest.slice(batchSize);
    const { tools } = await load();
    const views = (await Promise.all(batch.map((r) => r.data()))).filter((d) => matches(tools, d, currentQuery)).map(toView).filter((v) => !shownUrls.has(v.url.split('#')[0]!));
    if (ticket !== latest) return;
    for (const v of views) shownUrls.add(v.url.split('#')[0]!);
    const items = views.map(itemFor);
    list.append(...items);
    more.hidden = rest.length === 0;
    items[0]?.querySelector('a')?.focus();
  };

  /** The first results of a query: the best bet first, Pagefind's mere guesses left out. */
  const firstResults = async ({ engine, tools }: Loaded, query: string, procedure: string) => {
    const { bestBet, promote } = tools;
    const found = await engine.search(query, procedure ? { filters: { procedure } } : {});
    const bet = bestBet(query, bets);
    let data = await Promise.all(found.results.slice(0, batchSize).map((r) => r.data()));
    let later = found.results.slice(batchSize) as Result[];
    // The guide a key term names goes first: fetch further only when it is not among the first.
    if (bet && !data.some((d) => d.url.split('#')[0] === bet)) {
      const further = await Promise.all(later.slice(0, 8).map((r) => r.data()));
      const at = further.findIndex((d) => d.url.split('#')[0] === bet);
      if (at >= 0) {
        data = [further[at]!, ...data];
        later = later.filter((_, i) => i !== at);
      }
    }
    const real = data.filter((d) => d.url.split('#')[0] === bet || matches(tools, d, query));
    // Some of the first results are only Pagefind's guesses: the rest are guesses too.
    if (real.length < data.length) later = [];
    return { views: promote(real.map(toView), bet), later, total: found.results.length };
  };

  const run = async (typed: string, procedure: string) => {
    const ticket = ++latest;
    more.hidden = true;
    if (!typed) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings['loading'] ?? '';
    try {
      const ready = await load();
      const { canonicalQuery, correctedQuery } = ready.tools;
      // The query as the pages write the terms it contains (spacing, visarga, accents…); when it
      // finds nothing, the same with its typos corrected towards known words.
      let query = canonicalQuery(typed, ready.known);
      let outcome = await firstResults(ready, query, procedure);
      const corrected = correctedQuery(query, ready.known);
      if (outcome.views.length === 0 && corrected !== query) {
        query = corrected;
        outcome = await firstResults(ready, query, procedure);
      }
      const { views, later, total } = outcome;
      if (ticket !== latest) return;
      currentQuery = query;
      shownUrls = new Set(views.map((v) => v.url.split('#')[0]!));
      rest = later;
      list.replaceChildren(...views.map(itemFor));
      announce(typed, later.length ? total : views.length);
      more.hidden = rest.length === 0;
    } catch {
      if (ticket === latest) status.textContent = strings['error'] ?? '';
    }
  };

  more.addEventListener('click', () => void showMore(latest));

  const fromUrl = queryFromUrl(location.search);
  input.value = fromUrl.q;
  filter.value = fromUrl.procedure;
  if (fromUrl.q) void run(fromUrl.q, fromUrl.procedure);

  // Start fetching the index as soon as the reader shows intent, so results come quickly.
  input.addEventListener('focus', () => void load(), { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value.trim(), filter.value), 200);
  });
  filter.addEventListener('change', () => void run(input.value.trim(), filter.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (filter.value) params.set('procedure', filter.value);
    history.pushState(null, '', `?${params}`);
    void run(input.value.trim(), filter.value);
  });
  window.addEventListener('popstate', () => {
    const state = queryFromUrl(location.search);
    input.value = state.q;
    filter.value = state.procedure;
    void run(state.q, state.procedure);
  });
}
