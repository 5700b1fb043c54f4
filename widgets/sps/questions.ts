// The checker's questions as data (GOV.UK smart-answers style): which answer field each one sets,
// its name in the address, how it is asked, its options, and when it is shown. No wording lives here: every text is the
// string key `questions.<field>.…` in src/i18n/<lang>/sps.json. The engine (assess.ts) uses the
// same visibility rules to decide which answers are required and which are ignored, so the form
// can never ask for less than the engine needs or be blamed for an answer it did not show. The
// flow is the one place that decides what a well-formed answer is (`normaliseAnswers`) and which
// answers count (`shownAnswers`): the engine, the address codec and the island all ask it.

import { againstFactors, favourFactors, sentences, situations, stages, wishes, yesNo, type PartialSpsAnswers, type SpsAnswers } from './answers.ts';

// The vocabulary lives in answers.ts; re-exported so callers keep their imports.
export { againstFactors, favourFactors, sentences, situations, stages, wishes, yesNo } from './answers.ts';

export type Field = keyof SpsAnswers;
/** The answer fields that decide whether other questions are shown. */
export type ScalarField = 'wish' | 'situation' | 'stage' | 'sentence';

/** Stages at which an immigration procedure is under way (an investigation has begun). */
export const stagesInProcedure = ['under_investigation', 'detained', 'provisional_release', 'supervision'] as const;

/** Holds when the answer to `field` is (or, with `notIn`, is not) one of the values.
 *  An unanswered field satisfies `notIn` and fails `in`: questions that only some people need
 *  stay visible until an answer rules them out, and questions for one group appear once it is chosen. */
export type Condition =
  | { field: ScalarField; in: readonly string[] }
  | { field: ScalarField; notIn: readonly string[] }
  /** Holds when at least one of the conditions holds. */
  | { anyOf: readonly Condition[] };

export type Question = {
  field: Field;
  /** Query parameter and form input name: a GET submission without JavaScript gives the same address. */
  param: string;
  kind: 'radio' | 'yesno' | 'checkboxes';
  options: readonly string[];
  /** All must hold for the question to be shown (and, for radios, to be required). */
  showWhen: readonly Condition[];
  /** Whether `questions.<field>.hint` and `questions.<field>.optionHints.<value>` exist. */
  hint: boolean;
  optionHints: boolean;
  /** Options shown only under conditions (all must hold); an option not named here is always shown.
   *  A question whose options are all hidden is hidden too. */
  optionShowWhen?: Readonly<Record<string, readonly Condition[]>>;
};

const hasGround: Condition = { field: 'situation', notIn: ['valid_status'] };
const beforeOrder: Condition = { field: 'stage', notIn: ['deportation_order_issued'] };
const sentenced: Condition = { field: 'sentence', notIn: ['none'] };
const leaving: Condition = { field: 'wish', in: ['leave'] };
const overstayOnly: Condition = { field: 'situation', in: ['overstay'] };

export const questions: readonly Question[] = [
  { field: 'wish', param: 'wish', kind: 'radio', options: wishes, showWhen: [], hint: true, optionHints: false },
  { field: 'situation', param: 'situation', kind: 'radio', options: situations, showWhen: [], hint: true, optionHints: true },
  // Someone with a valid status who wants to stay gets "does not apply" whatever the stage, so the
  // stage is not asked; someone who wants to leave is still asked, to catch a contradiction.
  {
    field: 'stage',
    param: 'stage',
    kind: 'radio',
    options: stages,
    showWhen: [{ anyOf: [hasGround, { field: 'wish', notIn: ['stay'] }] }],
    hint: true,
    optionHints: true,
  },
  { field: 'sentence', param: 'sentence', kind: 'radio', options: sentences, showWhen: [hasGround, beforeOrder], hint: true, optionHints: false },
  // Asked of sentenced overstayers who want to leave: a departure-order condition (C5.2(3)).
  // Never sentenced means nothing to ask (issue 17).
  {
    field: 'listedCrimeConviction',
    param: 'listed',
    kind: 'yesno',
    options: yesNo,
    showWhen: [leaving, overstayOnly, beforeOrder, sentenced],
    hint: true,
    optionHints: false,
  },
  // The bar's listed deportation grounds (C3.3(b)). They matter for both wishes: the bar for
  // someone who stays, and another deportation ground that excludes the departure order (C5.2(2)).
  { field: 'listedBarGround', param: 'ground', kind: 'yesno', options: yesNo, showWhen: [hasGround, beforeOrder], hint: true, optionHints: false },
  // Matters for both wishes: a departure-order condition (C5.2(4)) and a factor against (C4.4).
  { field: 'previouslyDeportedOrOrdered', param: 'prior', kind: 'yesno', options: yesNo, showWhen: [hasGround, beforeOrder], hint: true, optionHints: false },
  // Route (b) of the departure order closes with the inspector's deportability notice (C5.2(1), C5.7).
  // Only people already in the procedure can have had it, and it decides only the departure order.
  {
    field: 'deportabilityNotified',
    param: 'notified',
    kind: 'yesno',
    options: yesNo,
    showWhen: [leaving, overstayOnly, { field: 'stage', in: stagesInProcedure }],
    hint: true,
    optionHints: false,
  },
  // The guideline factors only matter to someone asking to stay while an application is still possible.
  {
    field: 'inFavour',
    param: 'favour',
    kind: 'checkboxes',
    // married_pr_or_ltr is not in the guideline lists (C4.3, C9): kept as a code, no longer offered.
    options: favourFactors.filter((code) => code !== 'married_pr_or_ltr'),
    showWhen: [{ field: 'wish', in: ['stay'] }, hasGround, beforeOrder],
    hint: true,
    optionHints: false,
  },
  // For someone who stays, the factors against (C4.4). For someone who leaves, only the drug
  // conviction: another deportation ground that rules out the departure order (C5.2(2), C3.16).
  // A drug conviction needs a sentence (a fine at least), so it is not offered to the never-sentenced.
  {
    field: 'against',
    param: 'against',
    kind: 'checkboxes',
    // criminal_offence is derived from the sentence answers, never ticked (see assess.ts).
    options: againstFactors.filter((code) => code !== 'criminal_offence'),
    showWhen: [hasGround, beforeOrder],
    hint: true,
    optionHints: false,
    optionShowWhen: Object.fromEntries(
      againstFactors.map((code) => [code, code === 'drug_offence' ? [sentenced] : [{ field: 'wish', notIn: ['leave'] }]]),
    ),
  },
];

/** Dictionary key prefix for a question's texts: someone leaving is asked about a drug conviction
 *  only, in its own words (`questions.againstLeave`). */
export function textBase(question: Question, answers: Scalars): string {
  return question.field === 'against' && answers.wish === 'leave' ? 'questions.againstLeave' : `questions.${question.field}`;
}

type Scalars = Partial<Record<ScalarField, unknown>>;

export function conditionHolds(condition: Condition, answers: Scalars): boolean {
  if ('anyOf' in condition) return condition.anyOf.some((c) => conditionHolds(c, answers));
  const value = answers[condition.field];
  if ('in' in condition) return typeof value === 'string' && condition.in.includes(value);
  return !(typeof value === 'string' && condition.notIn.includes(value));
}

/** The options of a question shown under these answers, in order. */
export function shownOptions(question: Question, answers: Scalars): string[] {
  const when = question.optionShowWhen;
  if (!when) return [...question.options];
  return question.options.filter((option) => (when[option] ?? []).every((condition) => conditionHolds(condition, answers)));
}

export function isShown(question: Question, answers: Scalars): boolean {
  return question.showWhen.every((condition) => conditionHolds(condition, answers)) && shownOptions(question, answers).length > 0;
}

export function shownQuestions(answers: Scalars): Question[] {
  return questions.filter((question) => isShown(question, answers));
}

/** Keeps only well-formed values (an option of the question, a boolean for yes/no); anything else
 *  counts as unanswered. Options a question no longer offers (married_pr_or_ltr, C4.3, C9) and the
 *  engine's own conclusions (criminal_offence, see assess.ts) are dropped with them. Never throws. */
export function normaliseAnswers(input: unknown): PartialSpsAnswers {
  const answers: Record<string, unknown> = {};
  try {
    const raw = (input !== null && typeof input === 'object' ? input : {}) as Record<string, unknown>;
    for (const { field, kind, options } of questions) {
      const value = raw[field];
      answers[field] =
        kind === 'checkboxes'
          ? // Canonical order and no duplicates, so the outcome does not depend on how boxes were ticked.
            options.filter((code) => Array.isArray(value) && value.includes(code))
          : kind === 'yesno'
            ? typeof value === 'boolean' ? value : undefined
            : options.includes(value as string) ? value : undefined;
    }
    return answers as PartialSpsAnswers;
  } catch {
    // A hostile object (throwing getters, proxies) is treated as no answers at all.
    return { inFavour: [], against: [] };
  }
}

/** Drops answers to questions the other answers hide, and ticked boxes they hide, so a stale
 *  hidden answer can neither cause an error the person cannot see nor change the result. */
export function shownAnswers(answers: PartialSpsAnswers): PartialSpsAnswers {
  const kept: Record<string, unknown> = {};
  for (const question of shownQuestions(answers)) {
    const value = answers[question.field];
    const options = shownOptions(question, answers);
    kept[question.field] = Array.isArray(value) ? value.filter((code) => options.includes(code)) : value;
  }
  return kept as PartialSpsAnswers;
}

/** Fills hidden questions: a radio with its first option, yes/no with no, boxes with none. These
 *  are what the rules read for an unasked question (never a route's deciding answer). */
export function withDefaults(answers: PartialSpsAnswers): SpsAnswers {
  const full: Record<string, unknown> = {};
  for (const { field, kind, options } of questions) full[field] = answers[field] ?? (kind === 'radio' ? options[0] : kind === 'yesno' ? false : []);
  return full as SpsAnswers;
}
