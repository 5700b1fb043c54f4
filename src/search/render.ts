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
  sub_results?: Array<{ title: string; url: string; excerpt: string; weighted_locations?: Array<{ balanced_score?: number; weight?: number }> }>;
};

type SubResult = NonNullable<PagefindData['sub_results']>[number];

/** How strongly a section matched: the sum of Pagefind's scores of its hits. */
function sectionScore(section: SubResult): number {
  return (section.weighted_locations ?? []).reduce((n, l) => n + (l.balanced_score ?? l.weight ?? 1), 0);
}

/**
 * Turns Pagefind's result data into what the page shows. The link goes to the section that
 * matched best (an FAQ question, a guide's heading), not the first section with a hit; when the
 * page's top (its title and key terms) matched best, to the page itself.
 */
export function toView(data: PagefindData): SearchResultView {
  const title = data.meta['title'] ?? data.url;
  let best: SubResult | undefined;
  for (const s of data.sub_results ?? []) if (!best || sectionScore(s) > sectionScore(best)) best = s;
  // Without scores (older Pagefind data), the first section other than the page's top.
  if (best && sectionScore(best) === 0) best = data.sub_results?.find((s) => s.title && s.title !== title);
  const section = best && best.title && best.title !== title ? best : undefined;
  return {
    url: section?.url ?? data.url,
    title,
    excerpt: section?.excerpt ?? data.excerpt,
    section: section?.title ?? null,
    procedure: data.filters?.['procedure']?.[0] ?? null,
  };
}
