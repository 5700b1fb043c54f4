// Which dictionary keys a result shows, and the values for their {{placeholders}}. Pure, so the
// island stays a thin renderer and the choices here are unit-tested. Figures come from
// src/data/legal.ts, never from the dictionaries, so a change in the law needs no translation.

import { factsCheckedOn, keyDates, reentryLimits, reentryPermitFees } from '../../src/data/legal.ts';
import { formatLongDate, formatYen, type Vars } from '../shared/format.ts';
import { fieldApplies, type ReentryOutcome } from './assess.ts';
import type { ReentryDraft } from './query.ts';

/** Reason codes shown as warnings in their own box; the rest explain "why". */
export const warningCodes: readonly string[] = ['no_extension_abroad', 'status_lost_if_late', 'card_return_14_days'];

/** Figures every text may use (the decision table too), formatted for the reader's language. */
export function legalVars(lang: string): Vars {
  return {
    specialYears: reentryLimits.specialReentryYears,
    specialYearsSpr: reentryLimits.specialReentryYearsSpecialPermanentResident,
    permitYears: reentryLimits.regularPermitMaxYears,
    permitYearsSpr: reentryLimits.regularPermitMaxYearsSpecialPermanentResident,
    extensionEachYears: reentryLimits.extensionAbroadMaxYearsEach,
    extensionTotalYears: reentryLimits.extensionAbroadTotalYears,
    extensionTotalYearsSpr: reentryLimits.extensionAbroadTotalYearsSpecialPermanentResident,
    graceMonths: reentryLimits.pendingApplicationGraceMonths,
    shortStayMonths: reentryLimits.shortStayExclusionMonths,
    cardReturnDays: reentryLimits.residenceCardReturnDays,
    feeSingle: formatYen(reentryPermitFees.single.counter, lang),
    feeMultiple: formatYen(reentryPermitFees.multiple.counter, lang),
    feeSingleOnline: formatYen(reentryPermitFees.single.online, lang),
    feeMultipleOnline: formatYen(reentryPermitFees.multiple.online, lang),
    feesFrom: formatLongDate(reentryPermitFees.appliesFrom, lang),
    checkedOn: formatLongDate(factsCheckedOn, lang),
    rulesFrom: formatLongDate(keyDates.specialReentryIntroduced, lang),
    spsFrom: formatLongDate(keyDates.spsReformInForce, lang),
  };
}

/** legalVars plus the dates of this result, and the SPR figures when they apply. */
export function outcomeVars(outcome: ReentryOutcome, draft: ReentryDraft, lang: string): Vars {
  const vars = legalVars(lang);
  if (draft.residence === 'special_permanent_resident') {
    vars.specialYears = vars.specialYearsSpr!;
    vars.permitYears = vars.permitYearsSpr!;
    vars.extensionTotalYears = vars.extensionTotalYearsSpr!;
  }
  if (!('dates' in outcome)) return vars;
  const date = (iso: string | null) => (iso ? formatLongDate(iso, lang) : '');
  return {
    ...vars,
    returnBy: date(outcome.returnBy),
    returnByIso: outcome.returnBy,
    departure: date(outcome.dates.departure),
    plannedReturn: date(outcome.dates.plannedReturn),
    statusEnd: date(outcome.dates.statusEnd),
    specialLimit: date(outcome.dates.specialReentryLimit),
    permitLimit: date(outcome.dates.regularPermitLimit),
  };
}

/** Dictionary key of the result's heading. */
export function outcomeTitleKey(outcome: ReentryOutcome): string {
  if (outcome.kind === 'regular_permit') return `outcome.regular_permit.title_${outcome.permit}`;
  return `outcome.${outcome.kind}.title`;
}

/** The reason codes split into explanations and warnings, each in the engine's order. */
export function splitReasons(outcome: ReentryOutcome): { why: string[]; warnings: string[] } {
  const reasons = 'reasons' in outcome ? outcome.reasons : [];
  return {
    why: reasons.filter((r) => !warningCodes.includes(r)),
    warnings: reasons.filter((r) => warningCodes.includes(r)),
  };
}

/** Departure-day checklist keys; empty when the result is not a trip to make as planned. */
export function checklistKeys(outcome: ReentryOutcome, draft: ReentryDraft): string[] {
  if (outcome.kind !== 'special_reentry' && outcome.kind !== 'regular_permit') return [];
  const keys = ['checklist.passport'];
  if (draft.residence && fieldApplies('hasCard', draft.residence)) keys.push('checklist.card');
  keys.push(outcome.kind === 'special_reentry' ? 'checklist.edCard' : 'checklist.permit');
  keys.push('checklist.returnBy');
  if (outcome.reasons.includes('pending_special_period')) keys.push('checklist.pending');
  return keys;
}

/** Which guide links a result offers, by the island's `links` prop names. */
export function guideLinks(outcome: ReentryOutcome): Array<'reentryPermit' | 'specialReentry' | 'specialPermission' | 'fees' | 'contact'> {
  switch (outcome.kind) {
    case 'no_status':
      return ['specialPermission', 'contact'];
    case 'special_reentry':
      return ['specialReentry', 'reentryPermit', 'contact'];
    case 'regular_permit':
      return ['reentryPermit', 'fees', 'contact'];
    default:
      return ['reentryPermit', 'specialReentry', 'contact'];
  }
}

/**
 * Rows of the static decision table, in the order assessReentry applies them (facts F1–F8), so
 * "the first row that fits" gives the same result as the checker: length and period of stay
 * come before eligibility for special re-entry.
 */
export const decisionRows = [
  'noStatus',
  'tooLong',
  'afterExpiry',
  'excludedStatus',
  'exclusions',
  'documents',
  'specialReentry',
  'regularPermit',
] as const;
