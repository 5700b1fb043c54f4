// Runs on the search page only. Pagefind's script and index load when there is a query or the
// reader starts typing — never on content pages.
import { queryFromUrl, toView, type SearchResultView } from './render.ts';
import { bestBet, promote, type BestBet } from './best-bets.ts';

type Strings = Record<string, string>;
type Pagefind = {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (q: string, o?: Record<string, unknown>) => Promise<{ results: Array<{ data: () => Promise<{ url: string } & Parameters<typeof toView>[0]> }> }>;
};

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

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
  let pagefind: Promise<Pagefind> | null = null;
  let latest = 0;

  const load = (): Promise<Pagefind> => {
    pagefind ??= import(/* @vite-ignore */ `${bundlePath}pagefind.js`).then(async (module: Pagefind) => {
      // Guides are long and shorter pages (home, FAQ) mention every term: do not favour short pages.
      await module.options({ excerptLength: 24, ranking: { pageLength: 0.1, termSaturation: 1.6 } });
      return module;
    });
    return pagefind;
  };

  const renderResults = (query: string, views: SearchResultView[]) => {
    list.replaceChildren(
      ...views.map((view) => {
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
      }),
    );
    status.textContent = views.length
      ? fill(strings[`results_${new Intl.PluralRules(document.documentElement.lang).select(views.length)}`] ?? strings['results_other'] ?? '', { count: views.length, query })
      : fill(strings['noResults'] ?? '', { query });
  };

  const run = async (query: string, procedure: string) => {
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings['loading'] ?? '';
    try {
      const engine = await load();
      const found = await engine.search(query, procedure ? { filters: { procedure } } : {});
      // Each result's text is a separate download: fetch the first six, and six more only when
      // the best bet for the query is not among them.
      const bet = bestBet(query, bets);
      let data = await Promise.all(found.results.slice(0, 6).map((r) => r.data()));
      if (bet && !data.some((d) => d.url.split('#')[0] === bet)) {
        data = data.concat(await Promise.all(found.results.slice(6, 12).map((r) => r.data())));
      }
      const views = promote(data.map(toView), bet).slice(0, 6);
      if (ticket === latest) renderResults(query, views);
    } catch {
      if (ticket === latest) status.textContent = strings['error'] ?? '';
    }
  };

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
