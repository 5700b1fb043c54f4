// The checker's questions as data: what each asks (string keys into reentry.json), what kind of
// input it is, its options and for whom it is shown. The island renders this list; wording lives
// only in the dictionaries, and the kind of answer and who a question applies to come from the
// rules (fieldKinds, fieldChoices, fieldAppliesTo in assess.ts).

import { fieldAppliesTo, fieldAsked, fieldChoices, fieldKinds, type ReentryField, type Residence } from './assess.ts';
import { noExclusionValue, noPermitValue, paramNames, permitExpiryParam, refugeeDocumentValue, type ReentryDraft } from './query.ts';

export type QuestionKind = 'radio' | 'checkboxes' | 'date';

export type QuestionOption = {
  /** The value sent in the URL query. */
  value: string;
  labelKey: string;
  hintKey?: string;
  /** Ticking it clears the others (and the others clear it): "None of these". */
  exclusive?: boolean;
};

export type Question = {
  field: ReentryField;
  /** Short name in the dictionaries: questions.<key>.*, errors.<key>.<code>. */
  key: string;
  /** URL query parameter; date boxes add -year, -month, -day. */
  param: string;
  kind: QuestionKind;
  legendKey: string;
  hintKey?: string;
  options: readonly QuestionOption[];
  /** Residences for which the question is shown (all, until a residence is chosen). */
  shownFor: readonly Residence[];
};

/** Each question's short name in the dictionaries: questions.<key>.*, errors.<key>.<code>. */
const dictionaryKeys: Record<Exclude<ReentryField, 'today' | 'refugeeTravelDocument'>, string> = {
  residence: 'residence',
  hasValidPassport: 'passport',
  hasCard: 'card',
  exclusions: 'exclusions',
  stayExpiry: 'expiry',
  pendingApplication: 'pending',
  departure: 'departure',
  plannedReturn: 'return',
  permitHeld: 'permit',
  trips: 'trips',
};

/** The extra values some questions offer beyond the answer's own kind. */
const extraOptions: Partial<Record<ReentryField, string[]>> = {
  hasValidPassport: [refugeeDocumentValue],
};

/** The question for a field, derived from how its answer is given (assess.ts fieldKinds). */
function question(field: keyof typeof dictionaryKeys): Question {
  const key = dictionaryKeys[field];
  const base = `questions.${key}`;
  const kind = fieldKinds[field];
  const values =
    kind === 'boolean'
      ? ['yes', 'no', ...(extraOptions[field] ?? [])]
      : kind === 'list'
        ? [...fieldChoices[field]!, noExclusionValue]
        : kind === 'permit'
          ? [noPermitValue, ...fieldChoices[field]!]
          : (fieldChoices[field] ?? []);
  return {
    field,
    key,
    param: paramNames[field],
    kind: kind === 'list' ? 'checkboxes' : kind === 'date' ? 'date' : 'radio',
    legendKey: `${base}.legend`,
    hintKey: `${base}.hint`,
    options: values.map((value) => ({
      value,
      labelKey: `${base}.options.${value}`,
      // Only the residences explain each option.
      ...(field === 'residence' && { hintKey: `${base}.optionHints.${value}` }),
      ...(value === noExclusionValue && { exclusive: true }),
    })),
    shownFor: fieldAppliesTo[field],
  };
}

/** The second half of the permit question: the expiry printed on the permit held (A1.3). */
const permitExpiryQuestion: Question = {
  field: 'permitHeld',
  key: 'permitExpiry',
  param: permitExpiryParam,
  kind: 'date',
  legendKey: 'questions.permitExpiry.legend',
  hintKey: 'questions.permitExpiry.hint',
  options: [],
  shownFor: fieldAppliesTo.permitHeld,
};

/**
 * One question per answer field, in the engine's order; the refugee travel document is an answer
 * to the passport question and the permit held asks for its expiry date next. `today` is never asked.
 */
export const reentryQuestions: readonly Question[] = (Object.keys(dictionaryKeys) as Array<keyof typeof dictionaryKeys>).flatMap((field) =>
  field === 'permitHeld' ? [question(field), permitExpiryQuestion] : [question(field)],
);

/**
 * The questions to show: all of them until a residence is chosen, then those that apply to it
 * and to the answers so far (a refugee travel document, a permit held, a trip already begun).
 */
export function visibleQuestions(residence: Residence | undefined, draft: ReentryDraft = {}): Question[] {
  const answers = { ...draft, residence };
  return reentryQuestions.filter((q) => {
    if (residence !== undefined && !q.shownFor.includes(residence)) return false;
    if (!fieldAsked(q.field, answers)) return false;
    // The expiry date only once a permit is said to be held.
    return q !== permitExpiryQuestion || (typeof draft.permitHeld === 'object' && draft.permitHeld !== null);
  });
}

/** The question that asks for a field (for error links and "change" links). */
export function questionFor(field: ReentryField, code?: string): Question | undefined {
  // Everything wrong with a held permit except the choice itself is about its expiry date.
  if (field === 'permitHeld' && code && code !== 'required' && code !== 'invalid_choice') return permitExpiryQuestion;
  return reentryQuestions.find((q) => q.field === field);
}

/** Element id of an input: option number for choices, 'year' | 'month' | 'day' for dates. */
export function inputId(field: ReentryField, part: 'year' | 'month' | 'day' | number = 0): string {
  return `reentry-${paramNames[field]}-${part}`;
}

/** The id of a question's first input: its first option, or the year box of a date. */
export function questionInputId(q: Question): string {
  return `reentry-${q.param}-${q.kind === 'date' ? 'year' : 0}`;
}

/** The id a link should focus for a field: its first option, or the year box of a date. */
export function firstInputId(field: ReentryField, code?: string): string {
  const q = questionFor(field, code);
  return q ? questionInputId(q) : inputId(field, 0);
}

/** Dictionary keys for an error: the question's own message first, then the generic one. */
export function errorKeys(field: ReentryField, code: string): [string, string] {
  const key = questionFor(field, code)?.key ?? field;
  return [`errors.${key}.${code}`, `errors.${code}`];
}
