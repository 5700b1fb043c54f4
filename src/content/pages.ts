// The catalogue of pages every locale publishes. A page id is the MDX file name and the URL slug.
// Navigation order and grouping live here so that pages, menus and tests agree.

export const pageIds = [
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

export type PageId = (typeof pageIds)[number];

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
