// The Special Permission to Stay checker's rules: answers in, outcome codes out. Pure: no DOM,
// no wording, never throws (any input, however broken, gives an outcome). Every rule cites
// docs/facts.md (sections C and E); SPS is discretionary, so nothing here predicts a
// decision — the engine only says which procedure fits and which listed factors the answers touch.

import { specialPermissionFacts } from '../../src/data/legal.ts';
import { againstFactors } from './answers.ts';
import type { AgainstFactor, FavourFactor, PartialSpsAnswers, Sentence, SpsAnswers, Stage } from './answers.ts';
import { normaliseAnswers, shownAnswers, shownQuestions, stagesInProcedure, withDefaults, type Field } from './questions.ts';

// The answers' vocabulary and type live in answers.ts; re-exported so the engine's types stay here too.
export type { AgainstFactor, FavourFactor, PartialSpsAnswers, Sentence, Situation, SpsAnswers, Stage, Wish } from './answers.ts';

export type SpsRoute =
  | 'sps_application'
  | 'departure_order'
  /** Wants to leave but a departure order does not fit: departure goes through deportation. */
  | 'deportation_procedure'
  | 'too_late'
  | 'not_applicable';

export type RefundStatus =
  | 'covered'
  | 'not_covered_detained'
  /** Already on provisional release or under supervision: the office's wording does not settle it. */
  | 'unclear_ask_office'
  | 'not_applicable';

/** The office's stated limits on its refund promise (facts E), shown with every possible refund. */
export const refundExclusions = [
  'client_untruthful',
  'knowingly_low_chance',
  'divorce_arrest_or_disappearance',
  'special_conditions',
] as const;
export type RefundExclusion = (typeof refundExclusions)[number];

/** Why a person who wants to leave is not shown the departure order (C5.2). */
export const departureOrderBlockers = [
  'not_overstay_only',
  /** Life or more than one year unsuspended: another deportation ground, Art. 24(4) (C5.2(2)). */
  'long_sentence',
  /** Any drug conviction, even a fine or a suspended sentence: Art. 24(4)(チ) (C5.2(2), C3.16). */
  'drug_conviction',
  /** One of the bar's listed grounds, all of them other deportation grounds (C3.3(b), C5.2(2)). */
  'listed_ground',
  'listed_crime_conviction',
  'previously_deported_or_ordered',
  /** The inspector's deportability notice (Art. 47(3)) has been given: route (b) is closed (C5.2(1), C5.7). */
  'procedure_already_advanced',
] as const;
export type DepartureOrderBlocker = (typeof departureOrderBlockers)[number];

export const nextStepCodes = [
  /** A lawful resident with a possible deportation ground, before any contact: advice before anything else (F). */
  'legal_advice_first',
  'contact_office',
  'urgent_legal_help',
  'appear_at_regional_bureau',
  'going_yourself_counts_in_favour',
  'state_wish_to_apply',
  'apply_at_regional_office_interview',
  'act_before_deportation_order',
  'ask_about_release_or_supervision',
  'keep_release_conditions',
  'prepare_documents_application_form',
  'prepare_documents_evidence',
  'prepare_documents_special_circumstances',
  'prepare_documents_translations',
  'appear_to_leave_voluntarily',
  'tell_officer_wish_to_leave',
  /** Detained or supervised: say it before the Art. 47(3) notice; a detained person is released when the order is issued (C5.7). */
  'tell_officer_before_notice',
  'be_ready_to_leave_promptly',
  'ask_office_departure_order_timing',
  /** Under investigation and asking to stay: the application opens with detention or supervision (C3.6). */
  'application_opens_later',
  'confirm_refund_terms',
  'read_guide_sps',
  'read_refund_policy',
  'read_reentry_guides',
] as const;
export type NextStep = (typeof nextStepCodes)[number];

export const errorCodes = [
  'required',
  /** A valid status without a deportation ground, yet a deportation-procedure stage (C3.5, C3.6). */
  'valid_status_but_procedure_stage',
  /** "Legally married and living together" and "the marriage is a sham" about the same marriage. */
  'sham_and_genuine_marriage',
  /** Sentenced for a listed crime, yet never sentenced. Kept for callers; no longer reachable, since
   *  the listed-crime question is not asked of the never-sentenced (issue 17). */
  'listed_crime_without_sentence',
  /** Reported to immigration oneself, yet no contact with immigration so far. */
  'reported_voluntarily_but_no_contact',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export type SpsError = { field: Field; code: ErrorCode };

export type DepartureOrderDetails = {
  /** (a) appeared before any investigation; (b) said so during the investigation (C5.2(1)). */
  entry: 'voluntary_appearance' | 'during_investigation';
  landingBanYears: number;
  /** Route (b) only: the period for a later Temporary Visitor entry (C5.3). */
  temporaryVisitorBanYears: number | null;
  /** Detained, released or supervised: the wish must reach the officer before the Art. 47(3) notice (C5.7). */
  beforeNotice: boolean;
};

/** What the result says about when the SPS application can be made (C3.6, C3.7, F). */
export type ApplicationTiming =
  | 'now'
  /** Not in contact yet, overstay or illegal entry: appearing at the bureau starts the procedure. */
  | 'not_yet_appear'
  /** Under investigation: the application opens with detention or supervision. */
  | 'not_yet_investigation'
  /** A lawful resident with another deportation ground, not in contact: legal advice first (F). */
  | 'not_yet_get_advice';

export type SpsResult = {
  kind: 'result';
  route: SpsRoute;
  /** The statutory bar is met, by the sentence (C3.3(a)) or a listed ground (C3.3(b)): permission
   *  only in special circumstances. A drug conviction alone never sets it (C3.15, C3.16).
   *  Reported whatever the route; pages show it where SPS is the route. */
  barred: boolean;
  /** Which part of the bar the answers meet, in statute order. */
  barGrounds: ('sentence' | 'listed_ground')[];
  /** Factors the answers touch, in the order of the guideline lists; empty unless route is sps_application. */
  inFavour: FavourFactor[];
  against: AgainstFactor[];
  /** The `against` codes the engine added from other answers rather than from ticked boxes. */
  derivedAgainst: AgainstFactor[];
  refund: RefundStatus;
  /** The office's conditions that apply to a possible refund; empty when no refund is possible. */
  refundExclusions: RefundExclusion[];
  /** Only for route departure_order. */
  departureOrder: DepartureOrderDetails | null;
  /** Only for route deportation_procedure. */
  departureOrderBlockers: DepartureOrderBlocker[];
  /** Only for route sps_application: false while the application window has not opened yet (C3.6). */
  canApplyNow: boolean;
  /** Only for route sps_application; null otherwise. */
  applicationTiming: ApplicationTiming | null;
  /** Always starts with contact_office, urgent_legal_help or legal_advice_first, and always includes contact_office. */
  nextSteps: NextStep[];
  /** The answers as the engine understood them (unknown values dropped, hidden ones defaulted). */
  answers: SpsAnswers;
  /** Only the answers to the questions shown (unknown values and hidden answers dropped): what
   *  the address and "your answers" show. The flow decided; the island strips nothing again. */
  shown: PartialSpsAnswers;
};

export type SpsOutcome = {
  kind: 'invalid';
  errors: SpsError[];
  /** The answers to the questions shown, as for a result (what the form shows again). */
  shown: PartialSpsAnswers;
} | SpsResult;


/** Asked by the form, but optional for callers of assessSps: the contract (issue 12) reads a
 *  missing answer as "no", so answers written before these questions existed keep working. */
const optionalForCallers: readonly Field[] = ['listedBarGround', 'deportabilityNotified'];

function findErrors(answers: PartialSpsAnswers, form: boolean): SpsError[] {
  const errors: SpsError[] = [];
  for (const question of shownQuestions(answers)) {
    if (!form && optionalForCallers.includes(question.field)) continue;
    if (question.kind !== 'checkboxes' && answers[question.field] === undefined) {
      errors.push({ field: question.field, code: 'required' });
    }
  }
  // Detention, release, supervision and deportation orders all presuppose a deportation ground
  // (C3.5, C3.6, C6.1, C7.2). "Under investigation" means immigration is looking into a
  // violation, which also contradicts "no deportation ground".
  if (answers.situation === 'valid_status' && answers.stage !== undefined && answers.stage !== 'no_contact') {
    errors.push({ field: 'stage', code: 'valid_status_but_procedure_stage' });
  }
  // The married options describe a legally established marriage with cohabitation, and the
  // sham option describes the person's marriage; both cannot be true of it (C4.3, C4.4).
  // (married_pr_or_ltr is no longer accepted: normaliseAnswers drops it.)
  if (answers.inFavour?.includes('married_japanese_or_spr') && answers.against?.includes('sham_marriage')) {
    errors.push({ field: 'against', code: 'sham_and_genuine_marriage' });
  }
  // listed_crime_without_sentence needs no check any more: the listed-crime question is hidden
  // from the never-sentenced (questions.ts), so shownAnswers has already dropped that answer.
  // Voluntary reporting means going to immigration oneself (C4.3); "no contact yet" says that has not happened.
  if (answers.stage === 'no_contact' && answers.inFavour?.includes('reported_voluntarily')) {
    errors.push({ field: 'inFavour', code: 'reported_voluntarily_but_no_contact' });
  }
  return errors;
}

const releasedOrSupervised: readonly Stage[] = ['provisional_release', 'supervision'];
const inProcedure: readonly Stage[] = ['detained', 'provisional_release', 'supervision'];
const investigationBegun: readonly Stage[] = stagesInProcedure;

/** C3.3(a): life, or more than one year not suspended (a partly suspended sentence counts only by
 *  its unsuspended part; the question's options say so). Fines and suspended sentences do not count. */
export function meetsSentenceCondition(sentence: Sentence): boolean {
  return sentence === 'over_one_year_unsuspended' || sentence === 'life';
}

function chooseRoute(a: SpsAnswers): SpsRoute {
  if (a.situation === 'valid_status') return 'not_applicable';
  // An application is possible only until a deportation order is issued (C3.6); a departure
  // order needs the wish to leave stated before the inspector's finding (C5.2(1)), which comes earlier.
  if (a.stage === 'deportation_order_issued') return 'too_late';
  if (a.wish === 'stay') return 'sps_application';
  return findBlockers(a).length === 0 ? 'departure_order' : 'deportation_procedure';
}

function findBlockers(a: SpsAnswers): DepartureOrderBlocker[] {
  const blockers: DepartureOrderBlocker[] = [];
  // C5.2(2): overstay must be the only deportation ground.
  if (a.situation !== 'overstay') blockers.push('not_overstay_only');
  if (meetsSentenceCondition(a.sentence)) blockers.push('long_sentence');
  if (a.against.includes('drug_offence')) blockers.push('drug_conviction');
  if (a.listedBarGround) blockers.push('listed_ground');
  if (a.listedCrimeConviction) blockers.push('listed_crime_conviction'); // C5.2(3)
  if (a.previouslyDeportedOrOrdered) blockers.push('previously_deported_or_ordered'); // C5.2(4)
  // C5.2(1)(b), C5.7: route (b) stays open until the inspector's notice, detention or not.
  if (investigationBegun.includes(a.stage) && a.deportabilityNotified) blockers.push('procedure_already_advanced');
  return blockers;
}

function deriveAgainst(a: SpsAnswers): AgainstFactor[] {
  const derived: AgainstFactor[] = [];
  // C4.4 lists illegal entry (or entry with a forged passport) against.
  if (a.situation === 'illegal_entry') derived.push('illegal_entry_or_forgery');
  // C4.4 lists "repeated immigration violations or prior deportation"; a past departure order
  // followed a past overstay, so it is a repeated violation too.
  if (a.previouslyDeportedOrOrdered) derived.push('repeat_violation');
  // C4.4 lists criminal offences. Any sentence counts; the drug-offence box says more when ticked.
  if (a.sentence !== 'none' || a.listedCrimeConviction) derived.push('criminal_offence');
  return derived;
}

function chooseRefund(route: SpsRoute, stage: Stage): RefundStatus {
  // The promise is about SPS applications only (facts E).
  if (route !== 'sps_application') return 'not_applicable';
  // "does not apply … for those who have already been sent to the Immigration Bureau": most
  // likely people already detained when the office takes the case (facts E).
  if (stage === 'detained') return 'not_covered_detained';
  // People on provisional release or under supervision were detained (or held under a detention
  // order) before; the wording predates supervision measures. Neither covered nor excluded for sure.
  if (releasedOrSupervised.includes(stage)) return 'unclear_ask_office';
  return 'covered';
}

/** When the SPS application can be made, for the route sps_application (C3.6, C3.7, F). */
export function applicationTiming(a: SpsAnswers): ApplicationTiming {
  if (inProcedure.includes(a.stage)) return 'now';
  if (a.stage === 'under_investigation') return 'not_yet_investigation';
  // F: a person who may still hold a valid status is not sent to immigration; advice comes first.
  if (a.situation === 'other_deportation_ground') return 'not_yet_get_advice';
  return 'not_yet_appear';
}

function chooseNextSteps(route: SpsRoute, a: SpsAnswers, barred: boolean, blockers: DepartureOrderBlocker[], refund: RefundStatus): NextStep[] {
  const steps: NextStep[] = [];
  switch (route) {
    case 'too_late':
      steps.push('urgent_legal_help', 'contact_office', 'read_guide_sps');
      break;
    case 'not_applicable':
      steps.push('contact_office', 'read_reentry_guides');
      break;
    case 'sps_application': {
      const timing = applicationTiming(a);
      if (timing === 'not_yet_get_advice') steps.push('legal_advice_first');
      steps.push('contact_office');
      // C3.6/C3.7: the application opens with detention, provisional release or supervision.
      if (timing === 'not_yet_appear') steps.push('appear_at_regional_bureau', 'going_yourself_counts_in_favour');
      // Already under investigation: appearing again is not the step; the window opens later.
      if (timing === 'not_yet_investigation') steps.push('application_opens_later');
      if (a.stage === 'detained') steps.push('state_wish_to_apply', 'ask_about_release_or_supervision');
      if (releasedOrSupervised.includes(a.stage)) steps.push('apply_at_regional_office_interview', 'keep_release_conditions');
      steps.push('act_before_deportation_order', 'prepare_documents_application_form', 'prepare_documents_evidence');
      if (barred) steps.push('prepare_documents_special_circumstances');
      steps.push('prepare_documents_translations', 'read_guide_sps');
      break;
    }
    case 'departure_order':
      steps.push('contact_office');
      if (a.stage === 'no_contact') steps.push('appear_to_leave_voluntarily');
      else if (inProcedure.includes(a.stage)) steps.push('tell_officer_before_notice');
      else steps.push('tell_officer_wish_to_leave');
      steps.push('be_ready_to_leave_promptly', 'read_guide_sps');
      break;
    case 'deportation_procedure':
      // F: someone who may still hold a valid status is not sent to immigration, even to leave.
      if (a.situation === 'other_deportation_ground' && a.stage === 'no_contact') steps.push('legal_advice_first');
      steps.push('contact_office');
      if (blockers.length === 1 && blockers[0] === 'procedure_already_advanced') steps.push('ask_office_departure_order_timing');
      if (releasedOrSupervised.includes(a.stage)) steps.push('keep_release_conditions');
      steps.push('read_guide_sps');
      break;
  }
  if (refund !== 'not_applicable') steps.push('confirm_refund_terms', 'read_refund_policy');
  return steps;
}

function decide(answers: SpsAnswers, shown: PartialSpsAnswers): SpsResult {
  const route = chooseRoute(answers);
  // C3.3: (a) the sentence condition or (b) a listed ground. A drug conviction is neither (C3.15, C3.16).
  const barGrounds: SpsResult['barGrounds'] = [];
  if (meetsSentenceCondition(answers.sentence)) barGrounds.push('sentence');
  if (answers.listedBarGround) barGrounds.push('listed_ground');
  const barred = barGrounds.length > 0;
  const isSps = route === 'sps_application';
  const derived = isSps ? deriveAgainst(answers) : [];
  const against = isSps ? againstFactors.filter((code) => answers.against.includes(code) || derived.includes(code)) : [];
  const blockers = route === 'deportation_procedure' ? findBlockers(answers) : [];
  const refund = chooseRefund(route, answers.stage);
  const departureOrder: DepartureOrderDetails | null =
    route === 'departure_order'
      ? answers.stage === 'no_contact'
        ? { entry: 'voluntary_appearance', landingBanYears: specialPermissionFacts.departureOrderBanYears, temporaryVisitorBanYears: null, beforeNotice: false }
        : {
            entry: 'during_investigation',
            landingBanYears: specialPermissionFacts.departureOrderBanYears,
            temporaryVisitorBanYears: specialPermissionFacts.departureOrderTemporaryVisitorBanYearsRouteB,
            beforeNotice: inProcedure.includes(answers.stage),
          }
      : null;
  return {
    kind: 'result',
    route,
    barred,
    barGrounds,
    inFavour: isSps ? [...answers.inFavour] : [],
    against,
    derivedAgainst: derived.filter((code) => !answers.against.includes(code)),
    refund,
    refundExclusions: refund === 'covered' || refund === 'unclear_ask_office' ? [...refundExclusions] : [],
    departureOrder,
    departureOrderBlockers: blockers,
    canApplyNow: isSps && inProcedure.includes(answers.stage),
    applicationTiming: isSps ? applicationTiming(answers) : null,
    nextSteps: chooseNextSteps(route, answers, barred, blockers, refund),
    answers,
    shown,
  };
}

/** Assesses any input: a full SpsAnswers, a partial one, or garbage. Never throws. */
export function assessSps(answers: SpsAnswers | PartialSpsAnswers | unknown): SpsOutcome {
  return assess(answers, false);
}

/** As assessSps, but every shown question needs an answer: what the checker's form uses. */
export function assessSpsForm(answers: SpsAnswers | PartialSpsAnswers | unknown): SpsOutcome {
  return assess(answers, true);
}

function assess(answers: unknown, form: boolean): SpsOutcome {
  const shown = shownAnswers(normaliseAnswers(answers));
  const errors = findErrors(shown, form);
  if (errors.length > 0) return { kind: 'invalid', errors, shown };
  // Only hidden (irrelevant) fields are filled in here; their defaults never decide a route.
  return decide(withDefaults(shown), shown);
}

