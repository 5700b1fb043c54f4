// One entry per checker. The checker page template (src/components/CheckerPage.astro), the
// guides' CheckerLink, the navigation and the sitemap (src/content/routes.ts) read this list, so
// a new checker is a folder in widgets/ plus an entry here and in props.ts (see widgets/README.md).
// Plain data, so Node scripts and tests can read it without the dictionaries.
import { residences } from '../../widgets/reentry/assess.ts';
import { wishes } from '../../widgets/sps/answers.ts';

export type CheckerEntry = {
  /** Dictionary namespace of its wording (src/i18n/<lang>/<namespace>.json) and CheckerLink's key. */
  namespace: 'reentry' | 'sps';
  /** Locale-less route of its page. */
  route: 'check/re-entry' | 'check/special-permission';
  /** Keys in the `ui` dictionary: navigation label (also the <title>), page heading, lead. */
  navKey: string;
  titleKey: string;
  descriptionKey: string;
  /** The id of the element the island renders into. */
  rootId: string;
  /** The island's first question: CheckerLink asks it on guides, with the island's URL name and values. */
  firstQuestion: { param: string; options: readonly string[] };
  /** What the page offers readers without JavaScript: the static table's heading id and label key
   *  (in the checker's own dictionary), the notice's key (`ui:` prefix for the ui dictionary) and guides. */
  noScript: { messageKey: string; tableId: string; tableLabelKey: string; guides: ReadonlyArray<{ link: string; labelKey: string }> };
};

export const checkers = {
  reentry: {
    namespace: 'reentry',
    route: 'check/re-entry',
    navKey: 'nav.reentryChecker',
    titleKey: 'checkerPage.reentryTitle',
    descriptionKey: 'checkerPage.reentryDescription',
    rootId: 'reentry-checker',
    // Same order as the checker's first question, so a reader who goes on finds the same list.
    firstQuestion: { param: 'residence', options: residences },
    noScript: {
      messageKey: 'ui:checkerPage.noscript',
      tableId: 'reentry-decisions-title',
      tableLabelKey: 'decisionTable.title',
      guides: [
        { link: 'reentryPermit', labelKey: 'nav.reentryPermit' },
        { link: 'specialReentry', labelKey: 'nav.specialReentry' },
      ],
    },
  },
  sps: {
    namespace: 'sps',
    route: 'check/special-permission',
    navKey: 'nav.spsChecker',
    titleKey: 'checkerPage.spsTitle',
    descriptionKey: 'checkerPage.spsDescription',
    rootId: 'sps-checker',
    firstQuestion: { param: 'wish', options: wishes },
    noScript: {
      messageKey: 'noscript',
      tableId: 'sps-routes-heading',
      tableLabelKey: 'routeTable.heading',
      guides: [
        { link: 'spsGuide', labelKey: 'nav.specialPermission' },
        { link: 'refundPolicy', labelKey: 'nav.refundPolicy' },
      ],
    },
  },
} as const satisfies Record<string, CheckerEntry>;

export type CheckerId = keyof typeof checkers;
export const checkerList: readonly CheckerEntry[] = Object.values(checkers);
