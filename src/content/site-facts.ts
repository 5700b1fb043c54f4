// The facts the content check compares pages against, gathered from the data files.
import { readFileSync } from 'node:fs';
import { keyDateHistory, keyDates, reentryFeeHistory, reentryLimitHistory, siteDate, specialPermissionHistory } from '../data/legal.ts';
import { currentEntries } from '../data/review.ts';
import type { History, ISODate } from '../data/dated.ts';
import { componentSpec } from '../components/mdx/spec.ts';
import { office } from '../data/office.ts';
import { publicRoutes } from './routes.ts';
import { primaryNavigation } from './pages.ts';
import type { SiteFacts } from './check.ts';

export function siteFacts(root = '.', today: ISODate = siteDate): SiteFacts {
  const glossary = JSON.parse(readFileSync(`${root}/src/i18n/en/glossary.json`, 'utf8')) as Record<string, unknown>;
  // Every fee the history holds, past and scheduled too: a past fee typed into prose goes stale
  // just as silently as a current one.
  const fees = reentryFeeHistory.flatMap(({ value }) =>
    [value.single, value.multiple].flatMap((f) => [f.counter, f.online]).filter((n): n is number => n !== undefined),
  );
  return {
    routes: [...publicRoutes, 'translation-status'],
    components: componentSpec,
    glossaryIds: Object.keys(glossary),
    keyDates: { ...keyDates },
    feeAmounts: [...new Set(fees)],
    officePhone: office.phone,
    otherAmounts: specialPermissionHistory.maxDepositYen.map((e) => e.value),
    today,
    factsShown: factsShown(today),
    navigation: primaryNavigation.map((item) => item.page),
    // The start of a superseded fee period: prose like "lower fees had applied since 1982" goes
    // stale silently, so the year is flagged (a warning) where the date component should be.
    pastYears: keyDates.reentryFeesPreviousFrom ? { [keyDates.reentryFeesPreviousFrom.slice(0, 4)]: 'reentryFeesPreviousFrom' } : {},
  };
}

/** The facts each component shows, so a page using it can be compared with their check dates. */
function factsShown(today: ISODate): SiteFacts['factsShown'] {
  const entries = (name: string, history: History<unknown>) => currentEntries(name, history, today).map(({ name: n, checkedOn, from }) => ({ name: n, checkedOn, from }));
  const fees = entries('reentryPermitFees', reentryFeeHistory);
  const shown: SiteFacts['factsShown'] = { Fee: fees, FeeTable: fees, CheckerLink: entries('reentryLimits.shortStayExclusionMonths', reentryLimitHistory.shortStayExclusionMonths) };
  for (const [name, history] of Object.entries(keyDateHistory)) shown[`LegalDate:${name}`] = entries(`keyDates.${name}`, history);
  // The fee dates are read from the fee history.
  shown['LegalDate:reentryFeesChanged'] = fees;
  shown['LegalDate:reentryFeesPreviousUntil'] = fees;
  return shown;
}
