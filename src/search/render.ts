// Pure helpers for the search page: reading the query and describing results.
export type SearchResultView = { url: string; title: string; excerpt: string; section: string | null; procedure: string | null };

export function queryFromUrl(search: string): { q: string; procedure: string } {
  const params = new URLSearchParams(search);
  return { q: (params.get('q') ?? '').trim().slice(0, 200), procedure: params.get('procedure') ?? '' };
}

type PagefindData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: Array<{ title: string; url: string; excerpt: string }>;
};

/** Turns Pagefind's result data into what the page shows: the best section of the page, if any. */
export function toView(data: PagefindData): SearchResultView {
  const title = data.meta['title'] ?? data.url;
  const section = data.sub_results?.find((s) => s.title && s.title !== title);
  return {
    url: section?.url ?? data.url,
    title,
    excerpt: section?.excerpt ?? data.excerpt,
    section: section?.title ?? null,
    procedure: data.filters?.['procedure']?.[0] ?? null,
  };
}
