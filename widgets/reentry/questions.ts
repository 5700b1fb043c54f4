// The checker's questions as data: what each asks (string keys into reentry.json), what kind of
// input it is, its options and for whom it is shown. The island renders this list; wording lives
// only in the dictionaries, and the kind of answer and who a question applies to come from the
// rules (fieldKinds, fieldChoices, fieldAppliesTo in assess.ts).

import { fieldAppliesTo, fieldChoices, fieldKinds, type ReentryField, type Residence } from './assess.ts';
import { noExclusionValue, paramNames } from './query.ts';

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
const dictionaryKeys: Record<ReentryField, string> = {
  residence: 'residence',
  hasValidPassport: 'passport',
  hasCard: 'card',
  exclusions: 'exclusions',
  stayExpiry: 'expiry',
  pendingApplication: 'pending',
  departure: 'departure',
  plannedReturn: 'return',
  trips: 'trips',
};

/** The question for a field, derived from how its answer is given (assess.ts fieldKinds). */
function question(field: ReentryField): Question {
  const key = dictionaryKeys[field];
  const base = `questions.${key}`;
  const kind = fieldKinds[field];
  const values =
    kind === 'boolean' ? ['yes', 'no'] : kind === 'list' ? [...fieldChoices[field]!, noExclusionValue] : (fieldChoices[field] ?? []);
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

/** One question per answer field, in the engine's order. */
export const reentryQuestions: readonly Question[] = (Object.keys(fieldKinds) as ReentryField[]).map(question);

/** The questions to show: all of them until a residence is chosen, then those that apply. */
export function visibleQuestions(residence: Residence | undefined): Question[] {
  return reentryQuestions.filter((q) => residence === undefined || q.shownFor.includes(residence));
}

/** The question that asks for a field (for error links and "change" links). */
export function questionFor(field: ReentryField): Question | undefined {
  return reentryQuestions.find((q) => q.field === field);
}

/** Element id of an input: option number for choices, 'year' | 'month' | 'day' for dates. */
export function inputId(field: ReentryField, part: 'year' | 'month' | 'day' | number = 0): string {
  return `reentry-${paramNames[field]}-${part}`;
}

/** The id a link should focus for a field: its first option, or the year box of a date. */
export function firstInputId(field: ReentryField): string {
  return questionFor(field)?.kind === 'date' ? inputId(field, 'year') : inputId(field, 0);
}

/** Dictionary keys for an error: the question's own message first, then the generic one. */
export function errorKeys(field: ReentryField, code: string): [string, string] {
  const key = questionFor(field)?.key ?? field;
  return [`errors.${key}.${code}`, `errors.${code}`];
}
