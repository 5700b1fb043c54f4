// Every legal history by the name the content check and the translation-status page report.
// Kept apart from legal.ts so the checkers' browser bundles do not carry it.
import type { History } from './dated.ts';
import { grants2024History, keyDateHistory, reentryFeeHistory, reentryLimitHistory, specialPermissionHistory } from './legal.ts';

export const legalHistories: Record<string, History<unknown>> = {
  reentryPermitFees: reentryFeeHistory,
  ...Object.fromEntries(Object.entries(reentryLimitHistory).map(([k, v]) => [`reentryLimits.${k}`, v])),
  ...Object.fromEntries(Object.entries(specialPermissionHistory).map(([k, v]) => [`specialPermissionFacts.${k}`, v])),
  'specialPermissionFacts.grants2024': grants2024History,
  ...Object.fromEntries(Object.entries(keyDateHistory).map(([k, v]) => [`keyDates.${k}`, v])),
};
