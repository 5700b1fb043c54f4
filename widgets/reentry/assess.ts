// The re-entry checker's rules: which route a trip takes and the last day to be back in Japan.
//
// Pure and total: no DOM, no wording, never throws. Anything that is not a usable answer becomes
// an `invalid` outcome naming the field and a stable code, so the page can say what to fix.
// Every rule cites docs/facts.md (sections A, B, D, F, G); figures come from
// src/data/legal.ts so a change in the law is one edit there.

import { keyDates, reentryLimits } from '../../src/data/legal.ts';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dateProblem,
  earlierOf,
  isValidISODate,
  periodEndInYears,
  validityEndInYears,
  type ISODate,
} from '../kit/calendar-date.ts';

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

/** The six groups excluded from special re-entry even when otherwise eligible, in the order of
 *  Enforcement Regulation Art. 29-4(1) (facts B3; supervision measures since 10 June 2024). */
export const exclusionKinds = [
  'revocation_in_progress',
  'departure_confirmation_deferred',
  'detention_order',
  'supervision_measures',
  'refugee_applicant_designated_activities',
  'designated_by_minister',
] as const;
export type Exclusion = (typeof exclusionKinds)[number];

export const tripPlans = ['one', 'several'] as const;
export type TripPlan = (typeof tripPlans)[number];

export const permitKinds = ['single', 'multiple'] as const;
export type PermitKind = (typeof permitKinds)[number];

/** A regular re-entry permit the reader already holds, with the expiry date printed on it. */
export type PermitHeld = { permit: PermitKind; expires: ISODate };

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
  /** The day the reader asks, a calendar date in Japan. The island always sets it (from the
   *  browser's date in Asia/Tokyo). Absent: the trip is taken as not yet begun (the current behaviour). */
  today?: ISODate;
  /** A regular re-entry permit the reader already holds, with the expiry date printed on it. */
  permitHeld?: PermitHeld | null;
  /** A recognised refugee travelling on a refugee travel document (facts D8). */
  refugeeTravelDocument?: boolean;
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
  | 'special_period_ended_before_departure'
  // A held permit (permitHeld): no expiry date given, or one that ended before the departure.
  | 'permit_expiry_required'
  | 'permit_expired_before_departure'
  // A printed expiry later than any permit granted by today can reach (A4.1, A4.1a, A8.2).
  | 'permit_expiry_too_late'
  // Already abroad: a planned return before today, a deadline that has already passed.
  | 'return_before_today'
  | 'deadline_passed'
  // A departure so far ahead that no permit granted today would still run on that day.
  | 'departure_too_far_ahead';

export type ReentryError = { field: ReentryField; code: ReentryErrorCode };

/** The dates behind a result, so the page can show its working. */
export type ReentryDates = {
  departure: ISODate;
  plannedReturn: ISODate;
  /** Last day of the current status: the expiry date, or the end of the special period. */
  statusEnd: ISODate | null;
  /** Last day special re-entry allows before any period-of-stay cap (1 or 2 years, G1/G2, G6). */
  specialReentryLimit: ISODate;
  /** Last day a regular permit taking effect on `permitFrom` can cover (5 or 6 years, A4.1a). */
  regularPermitLimit: ISODate;
  /** The day counted from for a new permit: today when known (the earliest grant), else departure. */
  permitFrom: ISODate;
  /** The day the reader asked, when known. */
  today: ISODate | null;
  /** The expiry printed on a permit the reader holds. */
  permitExpires: ISODate | null;
};

export type AbroadVia = 'special_reentry' | 'regular_permit' | 'none';

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
  | { kind: 'no_status'; reasons: string[] }
  | { kind: 'abroad'; returnBy: ISODate; onTime: boolean; via: AbroadVia; reasons: string[]; dates: ReentryDates }
  | { kind: 'refugee_travel_document'; reasons: string[] };

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
  refugeeTravelDocument: withStatus,
  // Temporary visitors and people with 3 months or less have no residence card and are excluded
  // from special re-entry anyway (B2.4), so card and exclusions cannot change their route.
  hasCard: mayUseSpecialReentry,
  exclusions: mayUseSpecialReentry,
  // Permanent and special permanent residents have no period of stay (A4.3, B4.2, D4).
  stayExpiry: withPeriodOfStay,
  pendingApplication: withPeriodOfStay,
  departure: withStatus,
  plannedReturn: withStatus,
  permitHeld: withStatus,
  trips: withStatus,
  today: withStatus,
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

/** The departure is before `today`: the reader has already left (F0). Same day is not abroad. */
export function isAbroad(answers: { departure?: unknown; today?: unknown }): boolean {
  const { departure, today } = answers;
  return isValidISODate(departure) && isValidISODate(today) && compareDates(departure, today) < 0;
}

/**
 * Whether a question is asked, given the residence and the answers so far: a refugee travel
 * document has its own rules (D8), so card, exclusions, permits and trips do not matter; the
 * number of trips only chooses a permit to apply for, so it is not asked abroad or with a permit.
 */
export function fieldAsked(field: ReentryField, draft: Partial<Record<ReentryField, unknown>>): boolean {
  const residence = isOneOf(residences, draft.residence) ? draft.residence : null;
  if (residence && !fieldApplies(field, residence)) return false;
  if (draft.refugeeTravelDocument === true && ['hasCard', 'exclusions', 'permitHeld', 'trips'].includes(field)) return false;
  if (field === 'trips' && (isRecord(draft.permitHeld) || isAbroad(draft))) return false;
  return true;
}

/**
 * Last day of special re-entry before any period-of-stay cap: 1 year, SPRs 2 (B4.1, B4.2).
 * Two readings exist: the same calendar date N years later (G1) and the Civil Code count (G2).
 * They differ only for a departure on 28 February before a leap day (G1: 28 Feb, G2: 29 Feb);
 * the earlier one is the date to be back by (G6).
 */
export function specialReentryLimit(departure: ISODate, residence: Residence): ISODate {
  const { g1, g2 } = specialReentryReadings(departure, residence);
  return earlierOf(g1, g2);
}

/** The two readings of "N years from departure" (G1, G2), for showing why the earlier is used. */
export function specialReentryReadings(departure: ISODate, residence: Residence): { g1: ISODate; g2: ISODate } {
  const years = isSpecialPermanentResident(residence)
    ? reentryLimits.specialReentryYearsSpecialPermanentResident
    : reentryLimits.specialReentryYears;
  return { g1: addYears(departure, years), g2: periodEndInYears(departure, years) };
}

function permitYears(residence: Residence): number {
  return isSpecialPermanentResident(residence)
    ? reentryLimits.regularPermitMaxYearsSpecialPermanentResident
    : reentryLimits.regularPermitMaxYears;
}

/**
 * Last day a regular permit can cover when it takes effect on `effective` (the date stamped on
 * it, A4.1a): up to 5 years, SPRs 6 (A4.1, A4.2). "From the day it takes effect" is read as
 * including that day, the earlier of the two possible readings; the printed expiry governs (A1.3).
 */
export function regularPermitLimit(effective: ISODate, residence: Residence): ISODate {
  return validityEndInYears(effective, permitYears(residence));
}

/** The first grant date whose permit would still cover `returnDay` (for "apply later"). */
export function earliestGrantCovering(returnDay: ISODate, residence: Residence): ISODate {
  let grant = addDays(addYears(returnDay, -permitYears(residence)), -2);
  while (compareDates(regularPermitLimit(grant, residence), returnDay) < 0) grant = addDays(grant, 1);
  return grant;
}

/**
 * Last day of the current status (G3: the expiry date itself still counts). With an undecided
 * extension or change the status runs on for 2 months after the original expiry at most (B4.3,
 * D7), and ends earlier if the application is decided first (D7a). "2 months after" is taken as
 * the same day two months later, clamped to the month end: of the readings of that phrase it
 * gives the earliest date, so nobody is told a day too late.
 */
export function statusEnd(stayExpiry: ISODate, pendingApplication: boolean): ISODate {
  return pendingApplication ? addMonths(stayExpiry, reentryLimits.pendingApplicationGraceMonths) : stayExpiry;
}

// Dates far outside any real trip are typing mistakes (2199 for 2019), and would push the
// arithmetic past year 9999. The latest year stays decades beyond any permit or period of stay.
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

/** How each answer is given. The URL format (query.ts) and the form (questions.ts) follow it too. */
export type FieldKind = 'choice' | 'boolean' | 'list' | 'date' | 'permit';

/** Every answer field, in question order (the order errors are reported in). */
export const fieldKinds = {
  residence: 'choice',
  hasValidPassport: 'boolean',
  refugeeTravelDocument: 'boolean',
  hasCard: 'boolean',
  exclusions: 'list',
  stayExpiry: 'date',
  pendingApplication: 'boolean',
  departure: 'date',
  plannedReturn: 'date',
  permitHeld: 'permit',
  trips: 'choice',
  today: 'date',
} as const satisfies Record<ReentryField, FieldKind>;

/** Answers the contract made optional: absent means the old behaviour (see ReentryAnswers). */
const optionalFields: readonly ReentryField[] = ['refugeeTravelDocument', 'permitHeld', 'today'];

/** The values a 'choice' or 'list' answer may take. */
export const fieldChoices: Partial<Record<ReentryField, readonly string[]>> = {
  residence: residences,
  exclusions: exclusionKinds,
  trips: tripPlans,
  permitHeld: permitKinds,
};

/** What an answer that does not apply (or was left out where optional) stands for. */
const notAsked: Partial<ReentryAnswers> = {
  hasValidPassport: true,
  refugeeTravelDocument: false,
  hasCard: true,
  exclusions: [],
  stayExpiry: null,
  pendingApplication: false,
  permitHeld: null,
  trips: 'one',
  today: undefined,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

function dateAnswerProblem(field: ReentryField, value: unknown): ReentryErrorCode | null {
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
    case 'permit': {
      if (value === null) return null;
      if (!isRecord(value) || !isOneOf(choices, value.permit)) return 'invalid_choice';
      const problem = dateAnswerProblem(field, value.expires);
      return problem === 'required' ? 'permit_expiry_required' : problem;
    }
    case 'date':
      return dateAnswerProblem(field, value);
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
    // Listed in the facts' (and the Regulation's) order, whatever order they were ticked in.
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
    const applies = residence ? fieldAsked(field, raw) : fieldAsked(field, raw) && fieldAppliesTo[field].length >= withStatus.length;
    const asked = applies && !(optionalFields.includes(field) && raw[field] === undefined);
    const code = asked ? answerProblem(field, raw[field]) : null;
    if (code) errors.push({ field, code });
    else valid[field] = asked ? raw[field] : notAsked[field];
  }

  // Cross-field checks only once both dates are usable, so one slip is reported once.
  const { departure, plannedReturn, stayExpiry, pendingApplication, permitHeld, today } = valid as Partial<ReentryAnswers>;
  const reported = (field: ReentryField) => errors.some((e) => e.field === field);
  if (departure && plannedReturn && compareDates(plannedReturn, departure) < 0) {
    // A same-day return is a real (if short) trip and stays valid.
    errors.push({ field: 'plannedReturn', code: 'return_before_departure' });
  }
  const abroad = departure !== undefined && today !== undefined && isAbroad({ departure, today });
  if (abroad && plannedReturn && !reported('plannedReturn') && compareDates(plannedReturn, today!) < 0) {
    // Still abroad, so the way back cannot be in the past (coming back today is fine).
    errors.push({ field: 'plannedReturn', code: 'return_before_today' });
  }
  // So far ahead that even special re-entry would run past what a permit granted today reaches:
  // the checker answers only with what it can count from today (F7).
  if (departure && today && residence && !abroad && compareDates(specialReentryLimit(departure, residence), regularPermitLimit(today, residence)) > 0) {
    errors.push({ field: 'departure', code: 'departure_too_far_ahead' });
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
  if (permitHeld && departure && compareDates(permitHeld.expires, departure) < 0) {
    errors.push({ field: 'permitHeld', code: 'permit_expired_before_departure' });
  } else if (permitHeld && today && residence) {
    // A permit takes effect on or before today, so its printed expiry is at most 5 (6) years on,
    // or 6 (7) with extensions granted abroad (A4.1a, A8.2). Anything later is a typing slip.
    const years = isSpecialPermanentResident(residence)
      ? reentryLimits.extensionAbroadTotalYearsSpecialPermanentResident
      : reentryLimits.extensionAbroadTotalYears;
    const latest = abroad ? validityEndInYears(today, years) : regularPermitLimit(today, residence);
    if (compareDates(permitHeld.expires, latest) > 0) errors.push({ field: 'permitHeld', code: 'permit_expiry_too_late' });
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: valid as ReentryAnswers };
}

const lateWarnings = ['status_lost_if_late', 'card_return_14_days'];

type Dated = Exclude<ReentryOutcome, { kind: 'invalid' | 'no_status' | 'refugee_travel_document' }>;

/** What every dated route needs: the dates, the caps and the reason codes that go with them. */
function context(a: ReentryAnswers) {
  const spr = isSpecialPermanentResident(a.residence);
  const pending = hasPeriodOfStay(a.residence) && a.pendingApplication;
  const end = hasPeriodOfStay(a.residence) && a.stayExpiry ? statusEnd(a.stayExpiry, pending) : null;
  // A new permit counts from its grant date, never from departure (A4.1a, F7): today at the earliest.
  const permitFrom = a.today ?? a.departure;
  const held = a.permitHeld ?? null;
  const dates: ReentryDates = {
    departure: a.departure,
    plannedReturn: a.plannedReturn,
    statusEnd: end,
    specialReentryLimit: specialReentryLimit(a.departure, a.residence),
    regularPermitLimit: regularPermitLimit(permitFrom, a.residence),
    permitFrom,
    today: a.today ?? null,
    permitExpires: held?.expires ?? null,
  };
  const { g1, g2 } = specialReentryReadings(a.departure, a.residence);
  /** The earlier of a limit and the end of the status, and whether the status end was earlier. */
  const capped = (limit: ISODate) => {
    const byStatus = end !== null && compareDates(end, limit) < 0;
    return { date: byStatus ? end! : limit, byStatus };
  };
  const cappedCode = pending ? 'capped_by_special_period' : 'capped_by_period_of_stay';
  const specialCapped = capped(dates.specialReentryLimit);
  return {
    spr,
    pending,
    end,
    held,
    dates,
    capped,
    cappedCode,
    returnsAfter: (date: ISODate) => compareDates(a.plannedReturn, date) > 0,
    pendingReasons: pending ? ['pending_special_period', 'pending_refusal_ends_period', 'pending_collect_result'] : [],
    permitMax: spr ? 'permit_max_six_years_spr' : 'permit_max_five_years',
    specialCapped,
    specialReasons: [
      spr ? 'deadline_two_years_spr' : 'deadline_one_year',
      'deadline_counting_rule',
      // The two readings differ (28 February before a leap day) and the earlier one governs (G6).
      ...(g1 !== g2 && !specialCapped.byStatus ? ['earlier_reading_used'] : []),
      ...(specialCapped.byStatus ? [cappedCode, 'expiry_day_counts'] : []),
    ],
    prCard: a.residence === 'permanent_resident' ? ['pr_card_renew_early'] : [],
  };
}

/** Already abroad (F0): nothing can be obtained any more except an embassy extension of a regular permit. */
function abroad(a: ReentryAnswers): Dated {
  const c = context(a);
  const blockers = specialReentryBlockers(a);
  let via: AbroadVia;
  let returnBy: ISODate;
  let why: string[];
  if (c.held) {
    const cap = c.capped(c.held.expires);
    via = 'regular_permit';
    returnBy = cap.date;
    why = ['abroad_left_with_permit', ...(cap.byStatus ? [c.cappedCode, 'expiry_day_counts'] : []), ...c.pendingReasons, 'extension_abroad_possible'];
  } else if (blockers.length === 0) {
    via = 'special_reentry';
    returnBy = c.specialCapped.date;
    why = ['abroad_left_on_special_reentry', ...c.specialReasons, ...c.pendingReasons, 'no_extension_abroad'];
  } else {
    // Left with neither a permit nor special re-entry available: the status ended at departure (A1.1).
    via = 'none';
    returnBy = a.departure;
    why = ['abroad_left_without_permission', ...blockers];
  }
  const onTime = via !== 'none' && !c.returnsAfter(returnBy);
  const late = onTime ? [] : [via === 'none' ? 'abroad_ask_what_happened' : 'abroad_late_status_lost'];
  const prCard = a.residence === 'permanent_resident' && via !== 'none' ? ['pr_card_expired_abroad'] : [];
  return {
    kind: 'abroad',
    returnBy,
    onTime,
    via,
    reasons: ['abroad_inferred', ...late, ...why, ...prCard, ...(via === 'none' ? [] : lateWarnings)],
    dates: c.dates,
  };
}

/** A trip not yet begun, with a permit already in hand: its printed expiry governs (A1.3, A4.1a). */
function withHeldPermit(a: ReentryAnswers, held: PermitHeld): Dated {
  const c = context(a);
  const cap = c.capped(held.expires);
  const permitEndsFirst = !cap.byStatus;
  if (c.returnsAfter(cap.date) && !permitEndsFirst) {
    return {
      kind: 'extend_stay_first',
      returnBy: cap.date,
      reasons: ['return_after_period_of_stay', c.pending ? 'pending_special_period' : 'expiry_day_counts', ...(c.pending ? ['pending_refusal_ends_period', 'pending_collect_result'] : ['extend_stay_in_japan']), ...lateWarnings],
      dates: c.dates,
    };
  }
  if (c.returnsAfter(cap.date)) {
    return {
      kind: 'too_long',
      returnBy: cap.date,
      reasons: ['held_permit_ends_before_return', 'extension_abroad_limits', ...c.pendingReasons, ...c.prCard, ...lateWarnings],
      dates: c.dates,
    };
  }
  return {
    kind: 'regular_permit',
    returnBy: cap.date,
    permit: held.permit,
    reasons: [
      'held_permit_governs',
      ...(cap.byStatus ? [c.cappedCode, 'expiry_day_counts'] : []),
      held.permit === 'multiple' ? 'permit_multiple' : 'permit_single',
      ...c.pendingReasons,
      'extension_abroad_possible',
      ...c.prCard,
      ...lateWarnings,
    ],
    dates: c.dates,
  };
}

function route(a: ReentryAnswers): Dated {
  if (isAbroad(a)) return abroad(a);
  if (a.permitHeld) return withHeldPermit(a, a.permitHeld);
  const c = context(a);
  const { dates, returnsAfter, end, pending, pendingReasons, permitMax, cappedCode } = c;

  // The latest a permit granted at the earliest possible day could reach, after the period-of-stay cap (A4.3).
  const permit = c.capped(dates.regularPermitLimit);
  const permitCodes = [permitMax, ...(permit.byStatus ? [cappedCode] : [])];

  // Longer than any permit, even one granted on the departure day (A4, A8).
  if (returnsAfter(regularPermitLimit(a.departure, a.residence))) {
    return {
      kind: 'too_long',
      returnBy: permit.date,
      reasons: [
        'too_long_no_permit_covers',
        ...permitCodes,
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
      // The status end, unless a permit granted today could not even reach it.
      returnBy: permit.date,
      reasons: [
        'return_after_period_of_stay',
        ...(permit.byStatus ? [] : ['apply_closer_to_departure']),
        pending ? 'pending_special_period' : 'expiry_day_counts',
        ...(pending ? ['pending_refusal_ends_period', 'pending_collect_result'] : ['extend_stay_in_japan']),
        ...lateWarnings,
      ],
      dates,
    };
  }

  const blockers = specialReentryBlockers(a);
  if (blockers.length === 0 && !returnsAfter(c.specialCapped.date)) {
    return {
      kind: 'special_reentry',
      returnBy: c.specialCapped.date,
      reasons: [
        'eligible_special_reentry',
        ...c.specialReasons,
        ...pendingReasons,
        'declare_at_departure',
        'keep_card',
        'no_extension_abroad',
        'consider_regular_permit',
        ...c.prCard,
        ...lateWarnings,
      ],
      dates,
    };
  }

  // Already in the special period at departure: in practice only single permits (A3.3).
  const inSpecialPeriod = pending && a.stayExpiry !== null && compareDates(a.departure, a.stayExpiry) > 0;
  const kind = a.trips === 'several' && !inSpecialPeriod ? 'multiple' : 'single';
  return {
    kind: 'regular_permit',
    returnBy: permit.date,
    permit: kind,
    reasons: [
      ...blockers,
      ...(returnsAfter(c.specialCapped.date) ? ['return_after_special_deadline'] : []),
      'permit_before_departure',
      ...permitCodes,
      'printed_expiry_governs',
      // A permit granted today would end before the planned return; one granted later would not.
      ...(returnsAfter(permit.date) ? ['apply_closer_to_departure'] : []),
      kind === 'multiple' ? 'permit_multiple' : 'permit_single',
      'permit_fee',
      ...(a.hasValidPassport ? [] : ['permit_document_without_passport']),
      ...(pending ? ['pending_single_permit_practice', ...pendingReasons] : []),
      'extension_abroad_possible',
      ...c.prCard,
      ...lateWarnings,
    ],
    dates,
  };
}

/** A recognised refugee travelling on a refugee travel document: its own rules (D8, F4). */
function refugeeTravel(a: ReentryAnswers): ReentryOutcome {
  const end = hasPeriodOfStay(a.residence) && a.stayExpiry ? statusEnd(a.stayExpiry, a.pendingApplication) : null;
  const afterStatus = end !== null && compareDates(a.plannedReturn, end) > 0;
  return {
    kind: 'refugee_travel_document',
    reasons: [
      'rtd_no_permit_needed',
      'rtd_validity_and_deadline',
      ...(afterStatus ? ['rtd_extend_stay_first'] : []),
      ...(isAbroad(a) ? ['rtd_abroad_extension'] : ['rtd_apply_before', 'rtd_abroad_extension']),
    ],
  };
}

/** The checker's entry point: answers in, route and return-by date out (facts F0–F9). */
export function assessReentry(answers: ReentryAnswers): ReentryOutcome {
  const raw: unknown = answers;
  // No status of residence: re-entry does not apply at all, whatever else was answered (F1).
  if (isRecord(raw) && raw.residence === 'no_status') {
    return { kind: 'no_status', reasons: ['no_status_of_residence', 'special_permission_route', 'departure_order_route'] };
  }
  const checked = validateReentryAnswers(raw);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const a = checked.answers;
  if (a.refugeeTravelDocument) return refugeeTravel(a);
  const outcome = route(a);
  // Abroad past the deadline: the checker has no way back to offer, so it says so at the date (F0).
  if (outcome.kind === 'abroad' && outcome.via !== 'none' && a.today && compareDates(outcome.returnBy, a.today) < 0) {
    return { kind: 'invalid', errors: [{ field: outcome.via === 'regular_permit' ? 'permitHeld' : 'departure', code: 'deadline_passed' }] };
  }
  return outcome;
}
