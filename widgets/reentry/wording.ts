// Which dictionary keys a result shows, and the values for their {{placeholders}}. Pure, so the
// island stays a thin renderer and the choices here are unit-tested. Figures come from
// src/data/legal.ts, never from the dictionaries, so a change in the law needs no translation.

import { factsCheckedOn, keyDates, reentryLimits, reentryPermitFees, specialPermissionFacts } from '../../src/data/legal.ts';
import { formatLongDate, formatYen } from '../kit/format.ts';
import type { Vars } from '../kit/strings.ts';
import { earliestGrantCovering, fieldApplies, specialReentryReadings, type ReentryOutcome } from './assess.ts';
import { permanentResidentCard, refugeeTravelDocumentFacts as rtd } from './limits.ts';
import type { ReentryDraft } from './query.ts';

/** Reason codes shown as warnings in their own box; the rest explain "why". */
export const warningCodes: readonly string[] = ['abroad_late_status_lost', 'no_extension_abroad', 'status_lost_if_late', 'card_return_14_days'];

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
    rtdMinYears: rtd.validityMinYears,
    rtdMaxYears: rtd.validityMaxYears,
    rtdDeadlineMonths: rtd.entryDeadlineMinMonths,
    rtdExtensionYears: rtd.extensionAbroadMaxYears,
    rtdFee: formatYen(rtd.feeYen, lang),
    prCardYears: permanentResidentCard.validityYears,
    prCardMonths: permanentResidentCard.renewalWindowMonths,
    departureOrderBanYears: specialPermissionFacts.departureOrderBanYears,
    deportationBanYears: specialPermissionFacts.deportationBanYears,
  };
}

/**
 * legalVars plus the dates of this result, and the SPR figures when they apply. The island gets
 * `legal` (legalVars for its language) as a prop from the server, so the figures and their
 * formatting do not ship as JavaScript.
 */
export function outcomeVars(outcome: ReentryOutcome, draft: ReentryDraft, lang: string, legal: Vars): Vars {
  const vars = { ...legal };
  if (draft.residence === 'special_permanent_resident') {
    vars.specialYears = vars.specialYearsSpr!;
    vars.permitYears = vars.permitYearsSpr!;
    vars.extensionTotalYears = vars.extensionTotalYearsSpr!;
  }
  if (!('dates' in outcome)) return vars;
  const date = (iso: string | null) => (iso ? formatLongDate(iso, lang) : '');
  const { dates } = outcome;
  const readings = draft.residence ? specialReentryReadings(dates.departure, draft.residence) : null;
  return {
    today: date(dates.today),
    permitFrom: date(dates.permitFrom),
    permitExpires: date(dates.permitExpires),
    permitNeededFrom: draft.residence ? date(earliestGrantCovering(dates.plannedReturn, draft.residence)) : '',
    specialG1: date(readings?.g1 ?? null),
    specialG2: date(readings?.g2 ?? null),
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

/** Dictionary key of the route's name (the line under the headline). */
export function outcomeTitleKey(outcome: ReentryOutcome): string {
  if (outcome.kind === 'regular_permit') return `outcome.regular_permit.title_${outcome.permit}`;
  if (outcome.kind === 'abroad') return `outcome.abroad.title_${outcome.via}`;
  return `outcome.${outcome.kind}.title`;
}

/**
 * Dictionary key of the result's headline: the date to be back by, in words and ISO; for someone
 * abroad who would be late, the warning instead; the route's name when there is no date.
 */
export function headlineKey(outcome: ReentryOutcome): string {
  if (outcome.kind === 'abroad' && !outcome.onTime) return outcome.via === 'none' ? 'outcome.abroad.headlineNone' : 'outcome.abroad.headlineLate';
  return 'returnBy' in outcome ? 'outcome.headline' : outcomeTitleKey(outcome);
}

/** Dictionary keys of the lead paragraph and of "What to do". */
export function leadKeys(outcome: ReentryOutcome): { lead: string; todo: string } {
  if (outcome.kind === 'abroad') return { lead: 'outcome.abroad.lead', todo: `outcome.abroad.todo_${outcome.via}` };
  return { lead: `outcome.${outcome.kind}.lead`, todo: `outcome.${outcome.kind}.atDeparture` };
}

/** Whether the result offers a calendar file: a date still ahead that the reader can keep. */
export function offersCalendar(outcome: ReentryOutcome): boolean {
  if (outcome.kind === 'abroad') return outcome.via !== 'none';
  return 'returnBy' in outcome && outcome.kind !== 'too_long';
}

/** The reason codes split into explanations and warnings, each in the engine's order. */
export function splitReasons(outcome: ReentryOutcome, draft: ReentryDraft = {}): { why: string[]; warnings: string[] } {
  // Returning a residence card is no news to someone who has none.
  const reasons = ('reasons' in outcome ? outcome.reasons : []).filter((r) => r !== 'card_return_14_days' || !withoutCard(draft));
  return {
    why: reasons.filter((r) => !warningCodes.includes(r)),
    warnings: reasons.filter((r) => warningCodes.includes(r)),
  };
}

/** Departure-day checklist keys; empty when the result is not a trip to make as planned. */
export function checklistKeys(outcome: ReentryOutcome, draft: ReentryDraft): string[] {
  const abroad = outcome.kind === 'abroad' && outcome.via !== 'none';
  if (outcome.kind !== 'special_reentry' && outcome.kind !== 'regular_permit' && !abroad) return [];
  const keys = ['checklist.passport'];
  if (draft.residence && fieldApplies('hasCard', draft.residence)) keys.push('checklist.card');
  // Abroad, the ED card was filled in at departure; only a permit still has to be carried back.
  const held = outcome.kind === 'abroad' ? outcome.via === 'regular_permit' : Boolean(draft.permitHeld);
  if (held) keys.push('checklist.permitHeld');
  else if (outcome.kind === 'special_reentry') keys.push('checklist.edCard');
  else if (outcome.kind === 'regular_permit') keys.push('checklist.permit');
  keys.push('checklist.returnBy');
  if (outcome.reasons.includes('pending_special_period')) keys.push('checklist.pending');
  return keys;
}

/** Which guide links a result offers, by the island's `links` prop names. */
export function guideLinks(outcome: ReentryOutcome): Array<'reentryPermit' | 'specialReentry' | 'specialPermission' | 'fees' | 'contact'> {
  switch (outcome.kind) {
    case 'no_status':
      return ['specialPermission', 'contact'];
    case 'refugee_travel_document':
      return ['reentryPermit', 'contact'];
    case 'abroad':
      return [outcome.via === 'regular_permit' ? 'reentryPermit' : 'specialReentry', 'contact'];
    case 'special_reentry':
      return ['specialReentry', 'reentryPermit', 'contact'];
    case 'regular_permit':
      return ['reentryPermit', 'fees', 'contact'];
    default:
      return ['reentryPermit', 'specialReentry', 'contact'];
  }
}

/**
 * Rows of the static decision table, in the order assessReentry applies them (facts F0–F9), so
 * "the first row that fits" gives the same result as the checker: length and period of stay
 * come before eligibility for special re-entry.
 */
export const decisionRows = [
  'noStatus',
  'refugeeDocument',
  'abroad',
  'permitHeld',
  'tooLong',
  'afterExpiry',
  'excludedStatus',
  'exclusions',
  'documents',
  'specialReentry',
  'regularPermit',
] as const;

/**
 * Whether the reader has no residence card to carry: a period of stay of 3 months or less and
 * Temporary Visitors are not mid-to-long-term residents (facts B2.2, B4), so their results name
 * the passport alone (issue 17: never "carry your residence card" to someone who has none).
 */
export function withoutCard(draft: ReentryDraft): boolean {
  return draft.residence !== undefined && !fieldApplies('hasCard', draft.residence);
}

/** The "at departure" text: a variant without the residence card for readers who have none. */
export function atDepartureKey(outcome: ReentryOutcome, draft: ReentryDraft): string {
  const { todo } = leadKeys(outcome);
  return outcome.kind === 'regular_permit' && withoutCard(draft) ? 'outcome.regular_permit.atDepartureNoCard' : todo;
}

/** The text of a reason: a variant without the residence card for readers who have none. */
export function reasonKey(code: string, draft: ReentryDraft): string {
  return code === 'permit_before_departure' && withoutCard(draft) ? 'reasonsWithoutCard.permit_before_departure' : `reasons.${code}`;
}
