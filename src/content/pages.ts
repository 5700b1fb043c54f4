// The catalogue of pages every locale publishes. A page id is the MDX file name and the URL slug.
// Navigation order and grouping live here so that pages, menus and tests agree.

const sitePageIds = [
  'index',
  're-entry-permit',
  'special-re-entry-permit',
  'special-permission-to-stay',
  'refund-policy',
  'how-we-work',
  'fees',
  'contact',
  'faq',
] as const;

export type PageId = (typeof sitePageIds)[number];

// Benchmark only: `npm run bench` (scripts/bench.ts) builds a temporary CONTENT_ROOT holding extra
// copies of every page and lists their ids, comma-separated, in BENCH_EXTRA_PAGES, to measure how
// the build scales with 5× the pages. Only ids starting with `bench-` are accepted; the real site
// never sets it.
const benchPageIds = (globalThis.process?.env?.['BENCH_EXTRA_PAGES'] ?? '')
  .split(',')
  .filter((id) => /^bench-[a-z0-9-]+$/.test(id)) as PageId[];

export const pageIds: readonly PageId[] = [...sitePageIds, ...benchPageIds];

export function isPageId(value: string): value is PageId {
  return (pageIds as readonly string[]).includes(value);
}

/** Pages in the primary navigation, in order; the label key is in the `ui` dictionary. */
export const primaryNavigation: ReadonlyArray<{ page: PageId | 'check/re-entry' | 'check/special-permission'; labelKey: string }> = [
  { page: 're-entry-permit', labelKey: 'nav.reentryPermit' },
  { page: 'special-re-entry-permit', labelKey: 'nav.specialReentry' },
  { page: 'special-permission-to-stay', labelKey: 'nav.specialPermission' },
  { page: 'check/re-entry', labelKey: 'nav.reentryChecker' },
  { page: 'check/special-permission', labelKey: 'nav.spsChecker' },
  { page: 'fees', labelKey: 'nav.fees' },
  { page: 'faq', labelKey: 'nav.faq' },
  { page: 'contact', labelKey: 'nav.contact' },
];
