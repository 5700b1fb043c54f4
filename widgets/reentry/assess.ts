// The re-entry checker's rules: which route a trip takes and the last day to be back in Japan.
//
// Pure and total: no DOM, no wording, never throws. Anything that is not a usable answer becomes
// an `invalid` outcome naming the field and a stable code, so the page can say what to fix.
// Every rule cites shared/domain/facts.md (sections A, B, D, F, G); figures come from
// src/data/legal.ts so a change in the law is one edit there.

import { keyDates, reentryLimits } from '../../src/data/legal.ts';
import {
  addMonths,
  compareDates,
  dateProblem,
  periodEndInYears,
  validityEndInYears,
  type ISODate,
} from '../shared/calendar-date.ts';

export type { ISODate };

export const residences = [
  'special_permanent_resident',
  'permanent_resident',
  'mid_long_term',
  'temporary_visitor',
  'stay_3_months_or_less',
  'no_status',
] as const;
export type Residence = (typeof residences)[number];

/** The five categories excluded from special re-entry even when otherwise eligible (facts B3). */
export const exclusionKinds = [
  'revocation_in_progress',
  'departure_confirmation_deferred',
  'detention_order',
  'refugee_applicant_designated_activities',
  'designated_by_minister',
] as const;
export type Exclusion = (typeof exclusionKinds)[number];

export const tripPlans = ['one', 'several'] as const;
export type TripPlan = (typeof tripPlans)[number];

export type ReentryAnswers = {
  residence: Residence;
  /** A refugee travel document does not count (B2.1, D8). */
  hasValidPassport: boolean;
  /** Residence card; for special permanent residents their certificate (B2.2, B2.3). */
  hasCard: boolean;
  exclusions: Exclusion[];
  /** Period-of-stay expiry; null (and ignored) for permanent / special permanent residents. */
  stayExpiry: ISODate | null;
  /** An extension or change was filed before departure and is not yet decided (B4.3, D7). */
  pendingApplication: boolean;
  departure: ISODate;
  plannedReturn: ISODate;
  trips: TripPlan;
};

export type ReentryField = keyof ReentryAnswers;

export type ReentryErrorCode =
  | 'required'
  | 'invalid_choice'
  | 'invalid_date'
  | 'impossible_date'
  | 'out_of_range'
  | 'before_current_rules'
  | 'return_before_departure'
  | 'expiry_before_departure'
  | 'special_period_ended_before_departure';

export type ReentryError = { field: ReentryField; code: ReentryErrorCode };

/** The dates behind a result, so the page can show its working. */
export type ReentryDates = {
  departure: ISODate;
  plannedReturn: ISODate;
  /** Last day of the current status: the expiry date, or the end of the special period. */
  statusEnd: ISODate | null;
  /** Last day special re-entry allows before any period-of-stay cap (1 or 2 years, G1/G2). */
  specialReentryLimit: ISODate;
  /** Last day a regular permit taking effect on the departure date can cover (5 or 6 years). */
  regularPermitLimit: ISODate;
};

export type ReentryOutcome =
  | { kind: 'invalid'; errors: ReentryError[] }
  | { kind: 'special_reentry'; returnBy: ISODate; reasons: string[]; dates: ReentryDates }
  | {
      kind: 'regular_permit';
      returnBy: ISODate;
      permit: 'single' | 'multiple';
      reasons: string[];
      dates: ReentryDates;
    }
  | { kind: 'extend_stay_first'; returnBy: ISODate; reasons: string[]; dates: ReentryDates }
  | { kind: 'too_long'; returnBy: ISODate; reasons: string[]; dates: ReentryDates }
  | { kind: 'no_status'; reasons: string[] };

export type ReentryOutcomeKind = ReentryOutcome['kind'];

const withStatus = residences.filter((r) => r !== 'no_status');
const withPeriodOfStay = ['mid_long_term', 'temporary_visitor', 'stay_3_months_or_less'] as const;
const mayUseSpecialReentry = ['special_permanent_resident', 'permanent_resident', 'mid_long_term'] as const;

/**
 * Which residences each question matters for. The form hides a question for the others and the
 * engine ignores its answer, so an irrelevant answer can never change a result.
 */
export const fieldAppliesTo: Record<ReentryField, readonly Residence[]> = {
  residence: residences,
  hasValidPassport: withStatus,
  // Temporary visitors and people with 3 months or less have no residence card and are excluded
  // from special re-entry anyway (B2.4), so card and exclusions cannot change their route.
  hasCard: mayUseSpecialReentry,
  exclusions: mayUseSpecialReentry,
  // Permanent and special permanent residents have no period of stay (A4.3, B4.2, D4).
  stayExpiry: withPeriodOfStay,
  pendingApplication: withPeriodOfStay,
  departure: withStatus,
  plannedReturn: withStatus,
  trips: withStatus,
};

export function fieldApplies(field: ReentryField, residence: Residence): boolean {
  return fieldAppliesTo[field].includes(residence);
}

export function hasPeriodOfStay(residence: Residence): boolean {
  return fieldApplies('stayExpiry', residence);
}

function isSpecialPermanentResident(residence: Residence): boolean {
  return residence === 'special_permanent_resident';
}

/** Last day of special re-entry before any period-of-stay cap: 1 year, SPRs 2 (B4.1, B4.2, G2). */
export function specialReentryLimit(departure: ISODate, residence: Residence): ISODate {
  const years = isSpecialPermanentResident(residence)
    ? reentryLimits.specialReentryYearsSpecialPermanentResident
    : reentryLimits.specialReentryYears;
  return periodEndInYears(departure, years);
}

/**
 * Last day a regular permit can cover when it takes effect on `effective`: up to 5 years, SPRs 6
 * (A4.1, A4.2). "From the day it takes effect" is read as including that day, the earlier of the
 * two possible readings; the expiry printed on the permit governs (A1.3).
 */
export function regularPermitLimit(effective: ISODate, residence: Residence): ISODate {
  const years = isSpecialPermanentResident(residence)
    ? reentryLimits.regularPermitMaxYearsSpecialPermanentResident
    : reentryLimits.regularPermitMaxYears;
  return validityEndInYears(effective, years);
}

/**
 * Last day of the current status (G3: the expiry date itself still counts). With an undecided
 * extension or change the status runs on for 2 months after the original expiry (B4.3, D7, a
 * secondary source). "2 months after" is taken as the same day two months later, clamped to the
 * month end: of the readings of that phrase it gives the earliest date, so nobody is told a day
 * too late.
 */
export function statusEnd(stayExpiry: ISODate, pendingApplication: boolean): ISODate {
  return pendingApplication ? addMonths(stayExpiry, reentryLimits.pendingApplicationGraceMonths) : stayExpiry;
}

// Dates far outside any real trip would only push the arithmetic past year 9999.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2999;

/** How each answer is given. The URL format (query.ts) and the form (questions.ts) follow it too. */
export type FieldKind = 'choice' | 'boolean' | 'list' | 'date';

/** Every answer field, in question order (the order errors are reported in). */
export const fieldKinds = {
  residence: 'choice',
  hasValidPassport: 'boolean',
  hasCard: 'boolean',
  exclusions: 'list',
  stayExpiry: 'date',
  pendingApplication: 'boolean',
  departure: 'date',
  plannedReturn: 'date',
  trips: 'choice',
} as const satisfies Record<ReentryField, FieldKind>;

/** The values a 'choice' or 'list' answer may take. */
export const fieldChoices: Partial<Record<ReentryField, readonly string[]>> = {
  residence: residences,
  exclusions: exclusionKinds,
  trips: tripPlans,
};

/** What an answer that does not apply to the residence stands for (it is never asked). */
const notAsked: Partial<ReentryAnswers> = {
  hasValidPassport: true,
  hasCard: true,
  exclusions: [],
  stayExpiry: null,
  pendingApplication: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

/** What is wrong with one answer, or null when it is usable. */
function answerProblem(field: ReentryField, value: unknown): ReentryErrorCode | null {
  const choices = fieldChoices[field] ?? [];
  switch (fieldKinds[field]) {
    case 'boolean':
      return typeof value === 'boolean' ? null : 'required';
    case 'choice':
      return isOneOf(choices, value) ? null : 'required';
    case 'list':
      if (!Array.isArray(value)) return 'required';
      return value.every((item) => isOneOf(choices, item)) ? null : 'invalid_choice';
    case 'date': {
      const problem = dateProblem(value);
      if (problem) return problem;
      const year = Number((value as ISODate).slice(0, 4));
      if (year < EARLIEST_YEAR || year > LATEST_YEAR) return 'out_of_range';
      // Special re-entry and today's 5-year permits started on 9 July 2012 (B1.2, A4.4); earlier
      // departures followed rules this checker does not know.
      if (field === 'departure' && compareDates(value as ISODate, keyDates.specialReentryIntroduced) < 0) {
        return 'before_current_rules';
      }
      return null;
    }
  }
}

/**
 * Why special re-entry is not available, as reason codes; empty when it is (F2–F4, B2, B3).
 * Expects answers that passed validation.
 */
export function specialReentryBlockers(answers: ReentryAnswers): string[] {
  const { residence } = answers;
  const blockers: string[] = [];
  if (residence === 'temporary_visitor') blockers.push('excluded_temporary_visitor');
  if (residence === 'stay_3_months_or_less') blockers.push('excluded_short_stay');
  if (fieldApplies('exclusions', residence)) {
    // Listed in the facts' (and ISA's) order, whatever order they were ticked in.
    for (const kind of exclusionKinds) {
      if (answers.exclusions.includes(kind)) blockers.push(`excluded_${kind}`);
    }
  }
  if (!answers.hasValidPassport) blockers.push('no_valid_passport');
  if (fieldApplies('hasCard', residence) && !answers.hasCard) {
    blockers.push(isSpecialPermanentResident(residence) ? 'no_certificate_spr' : 'no_card');
  }
  return blockers;
}

type Validated = { ok: true; answers: ReentryAnswers } | { ok: false; errors: ReentryError[] };

/** Checks every answer that matters for this residence; one error per problem, never a throw. */
export function validateReentryAnswers(input: unknown): Validated {
  const raw = isRecord(input) ? input : {};
  const errors: ReentryError[] = [];
  const residence = isOneOf(residences, raw.residence) ? raw.residence : null;
  // The usable answers; a field with a problem stays out.
  const valid: Record<string, unknown> = {};

  for (const field of Object.keys(fieldKinds) as ReentryField[]) {
    // With the residence unknown, only ask for what every residence with a status needs.
    const asked = residence ? fieldApplies(field, residence) : fieldAppliesTo[field].length >= withStatus.length;
    const code = asked ? answerProblem(field, raw[field]) : null;
    if (code) errors.push({ field, code });
    else valid[field] = asked ? raw[field] : notAsked[field];
  }

  // Cross-field checks only once both dates are usable, so one slip is reported once.
  const { departure, plannedReturn, stayExpiry, pendingApplication } = valid as Partial<ReentryAnswers>;
  if (departure && plannedReturn && compareDates(plannedReturn, departure) < 0) {
    // A same-day return is a real (if short) trip and stays valid.
    errors.push({ field: 'plannedReturn', code: 'return_before_departure' });
  }
  if (departure && stayExpiry && pendingApplication !== undefined) {
    // A status that has already ended cannot be kept by any permit. With an application pending,
    // the status lasts until the special period ends (B4.3, D7), so departing within it is fine.
    if (compareDates(statusEnd(stayExpiry, pendingApplication), departure) < 0) {
      errors.push({
        field: 'stayExpiry',
        code: pendingApplication ? 'special_period_ended_before_departure' : 'expiry_before_departure',
      });
    }
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: valid as ReentryAnswers };
}

const lateWarnings = ['status_lost_if_late', 'card_return_14_days'];

function route(a: ReentryAnswers): Exclude<ReentryOutcome, { kind: 'invalid' } | { kind: 'no_status' }> {
  const spr = isSpecialPermanentResident(a.residence);
  const pending = hasPeriodOfStay(a.residence) && a.pendingApplication;
  const end = hasPeriodOfStay(a.residence) && a.stayExpiry ? statusEnd(a.stayExpiry, pending) : null;
  const dates: ReentryDates = {
    departure: a.departure,
    plannedReturn: a.plannedReturn,
    statusEnd: end,
    specialReentryLimit: specialReentryLimit(a.departure, a.residence),
    regularPermitLimit: regularPermitLimit(a.departure, a.residence),
  };
  const returnsAfter = (date: ISODate) => compareDates(a.plannedReturn, date) > 0;
  const cappedCode = pending ? 'capped_by_special_period' : 'capped_by_period_of_stay';
  const pendingReasons = pending ? ['pending_special_period', 'pending_collect_result'] : [];
  const permitMax = spr ? 'permit_max_six_years_spr' : 'permit_max_five_years';

  // The latest any regular permit could reach, after the period-of-stay cap (A4.3).
  const permitCapped = end !== null && compareDates(end, dates.regularPermitLimit) < 0;
  const permitReturnBy = permitCapped ? end! : dates.regularPermitLimit;

  // Longer than any permit: even extending the period of stay first would not be enough (A4, A8).
  if (returnsAfter(dates.regularPermitLimit)) {
    return {
      kind: 'too_long',
      returnBy: permitReturnBy,
      reasons: [
        'too_long_no_permit_covers',
        permitMax,
        ...(permitCapped ? [cappedCode] : []),
        ...(end !== null && returnsAfter(end) ? ['return_after_period_of_stay'] : []),
        'extension_abroad_limits',
        'printed_expiry_governs',
        ...pendingReasons,
        ...lateWarnings,
      ],
      dates,
    };
  }

  // No permit of either kind outlives the status itself (A2, F5).
  if (end !== null && returnsAfter(end)) {
    return {
      kind: 'extend_stay_first',
      returnBy: end,
      reasons: [
        'return_after_period_of_stay',
        pending ? 'pending_special_period' : 'expiry_day_counts',
        pending ? 'pending_collect_result' : 'extend_stay_in_japan',
        ...lateWarnings,
      ],
      dates,
    };
  }

  const blockers = specialReentryBlockers(a);
  const specialCapped = end !== null && compareDates(end, dates.specialReentryLimit) < 0;
  const specialReturnBy = specialCapped ? end! : dates.specialReentryLimit;

  if (blockers.length === 0 && !returnsAfter(specialReturnBy)) {
    return {
      kind: 'special_reentry',
      returnBy: specialReturnBy,
      reasons: [
        'eligible_special_reentry',
        spr ? 'deadline_two_years_spr' : 'deadline_one_year',
        'deadline_counting_rule',
        ...(specialCapped ? [cappedCode, 'expiry_day_counts'] : []),
        ...pendingReasons,
        'declare_at_departure',
        'keep_card',
        'no_extension_abroad',
        'consider_regular_permit',
        ...lateWarnings,
      ],
      dates,
    };
  }

  // Already in the special period at departure: in practice only single permits (A3.3).
  const inSpecialPeriod = pending && a.stayExpiry !== null && compareDates(a.departure, a.stayExpiry) > 0;
  const permit = a.trips === 'several' && !inSpecialPeriod ? 'multiple' : 'single';
  return {
    kind: 'regular_permit',
    returnBy: permitReturnBy,
    permit,
    reasons: [
      ...blockers,
      ...(returnsAfter(specialReturnBy) ? ['return_after_special_deadline'] : []),
      'permit_before_departure',
      permitMax,
      ...(permitCapped ? [cappedCode] : []),
      'printed_expiry_governs',
      permit === 'multiple' ? 'permit_multiple' : 'permit_single',
      'permit_fee',
      ...(a.hasValidPassport ? [] : ['permit_document_without_passport']),
      ...(pending ? ['pending_single_permit_practice', ...pendingReasons] : []),
      'extension_abroad_possible',
      ...lateWarnings,
    ],
    dates,
  };
}

/** The checker's entry point: answers in, route and return-by date out (facts F1–F8). */
export function assessReentry(answers: ReentryAnswers): ReentryOutcome {
  const raw: unknown = answers;
  // No status of residence: re-entry does not apply at all, whatever else was answered (F1).
  if (isRecord(raw) && raw.residence === 'no_status') {
    return { kind: 'no_status', reasons: ['no_status_of_residence', 'special_permission_route'] };
  }
  const checked = validateReentryAnswers(raw);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  return route(checked.answers);
}
