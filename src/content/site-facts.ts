// The facts the content check compares pages against, gathered from the data files.
import { readFileSync } from 'node:fs';
import { keyDates, reentryFeeHistory, specialPermissionHistory } from '../data/legal.ts';
import { componentSpec } from '../components/mdx/spec.ts';
import { office } from '../data/office.ts';
import { publicRoutes } from './routes.ts';
import type { SiteFacts } from './check.ts';

export function siteFacts(root = '.'): SiteFacts {
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
  };
}
