// Answers ⇄ URL query, so back, reload, share and print keep the person's answers (GOV.UK
// smart answers keep responses in the query string for the same reasons). The parameter names
// are the questions' `param` (questions.ts), which are also the form's input names, so a plain GET
// submission without JavaScript produces the same URL. Parsing is tolerant: unknown parameters and
// values are dropped (the flow's normaliseAnswers decides what is well-formed), never thrown at.

import { normaliseAnswers, questions, type Field } from './questions.ts';
import type { PartialSpsAnswers } from './answers.ts';
import { changeParam } from '../kit/history.ts';
import { toParams } from '../kit/params.ts';

/** Answer field → query parameter (and form input) name. */
export const paramNames = Object.fromEntries(questions.map((q) => [q.field, q.param])) as Readonly<Record<Field, string>>;

/** Names the question to reopen for editing ("Change" links); its value is an answer field. */
export { changeParam };

/** Reads answers from a query; the last value wins for single answers, all values for lists. */
export function parseSpsQuery(input: URLSearchParams | string | null | undefined): PartialSpsAnswers {
  const params = toParams(input);
  const raw: Record<string, unknown> = {};
  for (const { field, param, kind } of questions) {
    const values = params.getAll(param);
    const last = values[values.length - 1];
    // Lists also accept commas, which people produce when they edit a URL by hand.
    raw[field] = kind === 'checkboxes' ? values.flatMap((value) => value.split(',')) : kind === 'yesno' ? (last === 'yes' ? true : last === 'no' ? false : undefined) : last;
  }
  return normaliseAnswers(raw);
}

/** Writes answers as a query in question order; unanswered fields are left out. */
export function toSpsQuery(answers: PartialSpsAnswers): URLSearchParams {
  const clean = normaliseAnswers(answers);
  const params = new URLSearchParams();
  for (const { field, param } of questions) {
    const value = clean[field];
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
      params.append(param, item === true ? 'yes' : item === false ? 'no' : item);
    }
  }
  return params;
}

/** True when the query carries at least one answer, i.e. the form was submitted or shared. */
export function hasAnswers(input: URLSearchParams | string | null | undefined): boolean {
  const params = toParams(input);
  return questions.some((q) => params.has(q.param));
}

/** The field named by ?change=…, if it is a real field. */
export function changeField(input: URLSearchParams | string | null | undefined): Field | undefined {
  const value = toParams(input).get(changeParam);
  return questions.find((q) => q.field === value)?.field;
}
