// The facts the content check compares pages against, gathered from the data files.
import { readFileSync } from 'node:fs';
import { keyDates, reentryPermitFees, specialPermissionFacts } from '../data/legal.ts';
import { componentSpec } from '../components/mdx/spec.ts';
import { office } from '../data/office.ts';
import { publicRoutes } from './routes.ts';
import type { SiteFacts } from './check.ts';

export function siteFacts(root = '.'): SiteFacts {
  const glossary = JSON.parse(readFileSync(`${root}/src/i18n/en/glossary.json`, 'utf8')) as Record<string, unknown>;
  const fees = [reentryPermitFees.single, reentryPermitFees.multiple].flatMap((f) => [f.counter, f.online]);
  return {
    routes: [...publicRoutes, 'translation-status'],
    components: componentSpec,
    glossaryIds: Object.keys(glossary),
    keyDates: { ...keyDates },
    feeAmounts: fees,
    officePhone: office.phone,
    otherAmounts: [reentryPermitFees.previous.single, reentryPermitFees.previous.multiple, specialPermissionFacts.maxDepositYen],
  };
}
