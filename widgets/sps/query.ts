// Answers ⇄ URL query, so back, reload, share and print keep the person's answers (GOV.UK
// smart answers keep responses in the query string for the same reasons). The parameter names
// are the form's input names, so a plain GET submission without JavaScript produces the same URL.
// Parsing is tolerant: unknown parameters and values are dropped, never thrown at.

import { normaliseAnswers, type PartialSpsAnswers } from './assess.ts';
import type { Field } from './questions.ts';

/** Answer field → query parameter (and form input) name. */
export const paramNames: Readonly<Record<Field, string>> = {
  wish: 'wish',
  situation: 'situation',
  stage: 'stage',
  sentence: 'sentence',
  listedCrimeConviction: 'listed',
  previouslyDeportedOrOrdered: 'prior',
  listedBarGround: 'ground',
  deportabilityNotified: 'notified',
  inFavour: 'favour',
  against: 'against',
};

/** Names the question to reopen for editing ("Change" links); its value is an answer field. */
export const changeParam = 'change';

const listFields = new Set<Field>(['inFavour', 'against']);
const booleanFields = new Set<Field>(['listedCrimeConviction', 'previouslyDeportedOrOrdered', 'listedBarGround', 'deportabilityNotified']);
const fields = Object.keys(paramNames) as Field[];

function toParams(input: URLSearchParams | string | null | undefined): URLSearchParams {
  try {
    if (input instanceof URLSearchParams) return input;
    return new URLSearchParams(typeof input === 'string' ? input : '');
  } catch {
    return new URLSearchParams();
  }
}

function toBoolean(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** Reads answers from a query; the last value wins for single answers, all values for lists. */
export function parseSpsQuery(input: URLSearchParams | string | null | undefined): PartialSpsAnswers {
  const params = toParams(input);
  const raw: Record<string, unknown> = {};
  for (const field of fields) {
    const name = paramNames[field];
    if (listFields.has(field)) {
      // Also accept comma-separated lists, which people produce when they edit a URL by hand.
      raw[field] = params.getAll(name).flatMap((value) => value.split(','));
    } else {
      const values = params.getAll(name);
      const last = values.length > 0 ? values[values.length - 1]! : null;
      raw[field] = booleanFields.has(field) ? toBoolean(last) : last;
    }
  }
  return normaliseAnswers(raw);
}

/** Writes answers as a query in question order; unanswered fields are left out. */
export function toSpsQuery(answers: PartialSpsAnswers): URLSearchParams {
  const clean = normaliseAnswers(answers);
  const params = new URLSearchParams();
  for (const field of fields) {
    const value = clean[field];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const code of value) params.append(paramNames[field], code);
    else if (typeof value === 'boolean') params.set(paramNames[field], value ? 'yes' : 'no');
    else params.set(paramNames[field], value);
  }
  return params;
}

/** True when the query carries at least one answer, i.e. the form was submitted or shared. */
export function hasAnswers(input: URLSearchParams | string | null | undefined): boolean {
  const params = toParams(input);
  return fields.some((field) => params.has(paramNames[field]));
}

/** The field named by ?change=…, if it is a real field. */
export function changeField(input: URLSearchParams | string | null | undefined): Field | undefined {
  const value = toParams(input).get(changeParam);
  return fields.find((field) => field === value);
}
