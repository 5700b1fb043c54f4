// The checker's questions as data (GOV.UK smart-answers style): which answer field each one sets,
// how it is asked, its options, and when it is shown. No wording lives here: every text is the
// string key `questions.<field>.…` in src/i18n/<lang>/sps.json. The engine (assess.ts) uses the
// same visibility rules to decide which answers are required and which are ignored, so the form
// can never ask for less than the engine needs or be blamed for an answer it did not show.

import type { SpsAnswers } from './assess.ts';

export const wishes = ['stay', 'leave'] as const;
export const situations = ['valid_status', 'overstay', 'illegal_entry', 'other_deportation_ground'] as const;
export const stages = [
  'no_contact',
  'under_investigation',
  'detained',
  'provisional_release',
  'supervision',
  'deportation_order_issued',
] as const;
export const sentences = ['none', 'fine_or_suspended', 'over_one_year_unsuspended', 'life'] as const;
export const favourFactors = [
  'married_japanese_or_spr',
  'married_pr_or_ltr',
  'raising_child_of_japanese',
  'children_schooled_in_japan',
  'serious_illness',
  'stateless',
  'reported_voluntarily',
  'long_residence',
  'third_party_support',
] as const;
export const againstFactors = [
  'illegal_entry_or_forgery',
  'document_fraud',
  'illegal_work_facilitation',
  'absconded_from_release',
  'repeat_violation',
  'sham_marriage',
  'long_illegal_stay',
  'drug_offence',
  'criminal_offence',
] as const;
/** Booleans travel through forms and URLs as these two values. */
export const yesNo = ['yes', 'no'] as const;

export type Field = keyof SpsAnswers;
/** The answer fields that decide whether other questions are shown. */
export type ScalarField = 'wish' | 'situation' | 'stage' | 'sentence';

/** Holds when the answer to `field` is (or, with `notIn`, is not) one of the values.
 *  An unanswered field satisfies `notIn` and fails `in`: questions that only some people need
 *  stay visible until an answer rules them out, and questions for one group appear once it is chosen. */
export type Condition =
  | { field: ScalarField; in: readonly string[] }
  | { field: ScalarField; notIn: readonly string[] };

export type Question = {
  field: Field;
  kind: 'radio' | 'yesno' | 'checkboxes';
  options: readonly string[];
  /** All must hold for the question to be shown (and, for radios, to be required). */
  showWhen: readonly Condition[];
  /** Whether `questions.<field>.hint` and `questions.<field>.optionHints.<value>` exist. */
  hint: boolean;
  optionHints: boolean;
};

const hasGround: Condition = { field: 'situation', notIn: ['valid_status'] };
const beforeOrder: Condition = { field: 'stage', notIn: ['deportation_order_issued'] };

export const questions: readonly Question[] = [
  { field: 'wish', kind: 'radio', options: wishes, showWhen: [], hint: true, optionHints: false },
  { field: 'situation', kind: 'radio', options: situations, showWhen: [], hint: true, optionHints: true },
  { field: 'stage', kind: 'radio', options: stages, showWhen: [], hint: true, optionHints: true },
  { field: 'sentence', kind: 'radio', options: sentences, showWhen: [hasGround, beforeOrder], hint: true, optionHints: false },
  // Asked of overstayers who want to leave, because it is one of the departure-order conditions (facts C5.2(3)).
  {
    field: 'listedCrimeConviction',
    kind: 'yesno',
    options: yesNo,
    showWhen: [{ field: 'wish', in: ['leave'] }, { field: 'situation', in: ['overstay'] }, beforeOrder],
    hint: true,
    optionHints: false,
  },
  // Matters for both wishes: a departure-order condition (C5.2(4)) and a factor against (C4.4).
  { field: 'previouslyDeportedOrOrdered', kind: 'yesno', options: yesNo, showWhen: [hasGround, beforeOrder], hint: true, optionHints: false },
  // The guideline factors only matter to someone asking to stay while an application is still possible.
  {
    field: 'inFavour',
    kind: 'checkboxes',
    options: favourFactors,
    showWhen: [{ field: 'wish', in: ['stay'] }, hasGround, beforeOrder],
    hint: true,
    optionHints: false,
  },
  {
    field: 'against',
    kind: 'checkboxes',
    // criminal_offence is derived from the sentence answers, never ticked (see assess.ts).
    options: againstFactors.filter((code) => code !== 'criminal_offence'),
    showWhen: [{ field: 'wish', in: ['stay'] }, hasGround, beforeOrder],
    hint: true,
    optionHints: false,
  },
];

type Scalars = Partial<Record<ScalarField, unknown>>;

export function conditionHolds(condition: Condition, answers: Scalars): boolean {
  const value = answers[condition.field];
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return !(typeof value === 'string' && condition.notIn.includes(value));
}

export function isShown(question: Question, answers: Scalars): boolean {
  return question.showWhen.every((condition) => conditionHolds(condition, answers));
}

export function shownQuestions(answers: Scalars): Question[] {
  return questions.filter((question) => isShown(question, answers));
}
