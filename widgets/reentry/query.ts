// Answers ⇄ URL query string. The URL is the checker's only memory (no storage, no cookies), so
// back, reload, share and print all show the same result (GOV.UK smart answers, ADR 002).
// Parsing never throws: an unknown or malformed value is treated as "not answered yet".

import { fieldApplies, fieldAsked, fieldChoices, fieldKinds, type ReentryAnswers, type ReentryField } from './assess.ts';
import { dateBoxes, readDate, toParams, type Unreadable } from '../kit/url.ts';

/** Answers as far as they are known; a missing field is an unanswered question. */
export type ReentryDraft = Partial<ReentryAnswers>;

export const paramNames = {
  residence: 'residence',
  hasValidPassport: 'passport',
  // The refugee travel document is one answer to the passport question (passport=rtd).
  refugeeTravelDocument: 'passport',
  hasCard: 'card',
  exclusions: 'ex',
  stayExpiry: 'expiry',
  pendingApplication: 'pending',
  departure: 'departure',
  plannedReturn: 'return',
  permitHeld: 'permit',
  trips: 'trips',
  // Never in the address: the island sets it from the clock, so a shared link is read on its day.
  today: 'today',
} as const satisfies Record<ReentryField, string>;

/** Value of `ex` meaning "none of these applies" (an answer, unlike no `ex` at all). */
export const noExclusionValue = 'none';

/** Value of `passport` for "no passport, but a refugee travel document" (D8). */
export const refugeeDocumentValue = 'rtd';

/** Value of `permit` for "I do not have a re-entry permit". */
export const noPermitValue = 'none';

/** Parameter of the expiry date printed on a permit already held (boxes: permit-expiry-year …). */
export const permitExpiryParam = 'permit-expiry';

/** Suffixes of the three boxes of a date in the plain GET form: departure-year, -month, -day. */
export const datePartSuffixes = dateBoxes;

/** Why a date given for a field could not be read (the permit's expiry is under permitHeld). */
export type ReentryUnreadable = Partial<Record<ReentryField, Unreadable>>;

const fieldOrder = Object.keys(paramNames) as ReentryField[];

function toBoolean(value: string | null): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** One answer from the query, read as its kind says (assess.ts fieldKinds); undefined if not answered. */
function readAnswer(params: URLSearchParams, field: ReentryField, unreadable: ReentryUnreadable): unknown {
  const date = (name: string) => {
    const { date, why } = readDate(params, name);
    if (why) unreadable[field] = why;
    return date;
  };
  const name = paramNames[field];
  const choices = fieldChoices[field] ?? [];
  if (field === 'today') return undefined;
  if (field === 'refugeeTravelDocument') return params.get(name) === refugeeDocumentValue ? true : undefined;
  if (field === 'hasValidPassport' && params.get(name) === refugeeDocumentValue) return false;
  switch (fieldKinds[field]) {
    case 'permit': {
      const permit = params.get(name);
      if (permit === noPermitValue) return null;
      // A permit without a readable expiry stays a permit, so the engine asks for the date.
      return choices.find((c) => c === permit) ? { permit, expires: date(permitExpiryParam) ?? '' } : undefined;
    }
    case 'boolean':
      return toBoolean(params.get(name));
    case 'choice':
      return choices.find((choice) => choice === params.get(name));
    case 'date':
      return date(name);
    case 'list': {
      const ticked = params.getAll(name);
      const known = choices.filter((choice) => ticked.includes(choice));
      // A ticked exclusion wins over a contradictory "none": the safer reading.
      if (known.length > 0) return known;
      return ticked.includes(noExclusionValue) ? [] : undefined;
    }
  }
}

/**
 * Reads the answers from a query string ('?a=b' or 'a=b') or URLSearchParams, with the reason for
 * each date given that could not be read (it is left out of the answers).
 */
export function readQuery(input: URLSearchParams | string | null | undefined): { answers: ReentryDraft; unreadable: ReentryUnreadable } {
  const params = toParams(input);
  const draft: Record<string, unknown> = {};
  const unreadable: ReentryUnreadable = {};
  for (const field of fieldOrder) {
    const value = readAnswer(params, field, unreadable);
    if (value !== undefined) draft[field] = value;
  }
  const answers = draft as ReentryDraft;
  // Permanent and special permanent residents have no period of stay: drop stray values.
  if (answers.residence && !fieldApplies('stayExpiry', answers.residence)) {
    answers.stayExpiry = null;
    delete answers.pendingApplication;
    delete unreadable.stayExpiry;
  }
  return { answers, unreadable };
}

/** The answers in a query, without the reasons (see readQuery). */
export function queryToAnswers(input: URLSearchParams | string | null | undefined): ReentryDraft {
  return readQuery(input).answers;
}

/**
 * Writes the answers in question order, leaving out unanswered questions and answers that do
 * not apply to the chosen residence, so the URL stays short and says only what matters.
 */
export function answersToQuery(draft: ReentryDraft): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of fieldOrder) {
    const value = draft[field];
    if (field === 'today' || field === 'refugeeTravelDocument' || value === undefined || !fieldAsked(field, draft)) continue;
    if (field === 'hasValidPassport' && draft.refugeeTravelDocument) {
      params.append(paramNames[field], refugeeDocumentValue);
      continue;
    }
    if (field === 'permitHeld') {
      const held = draft.permitHeld;
      params.append(paramNames[field], held ? held.permit : noPermitValue);
      if (held?.expires) params.append(permitExpiryParam, held.expires);
      continue;
    }
    if (value === null || typeof value === 'object' && !Array.isArray(value)) continue;
    // Yes/no answers travel as 'yes' and 'no', no exclusions at all as "none".
    const items =
      typeof value === 'boolean' ? [value ? 'yes' : 'no'] : Array.isArray(value) ? (value.length ? value : [noExclusionValue]) : [value];
    for (const item of items) params.append(paramNames[field], item);
  }
  return params;
}

/** True when the query holds at least one recognised answer (the page then shows errors too). */
export function hasAnyAnswer(input: URLSearchParams | string | null | undefined): boolean {
  return Object.values(queryToAnswers(input)).some((v) => v !== undefined && v !== null);
}
