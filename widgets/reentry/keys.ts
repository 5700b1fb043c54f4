// Every key of the reentry dictionary that the checker reads (island, decision table and the
// guides' CheckerLink). src/i18n/schemas.ts turns this list into a strict zod schema, so a key
// missing, misspelt or no longer read fails tests/unit/i18n-schemas.test.ts.
import { reentryQuestions } from './questions.ts';
import { reasonSources } from './reasons.ts';
import { decisionRows } from './wording.ts';

/** Messages that belong to one question (errors.<question>.<code>), beyond the generic ones. */
const questionErrors: Record<string, readonly string[]> = {
  residence: ['required'],
  passport: ['required'],
  card: ['required'],
  exclusions: ['required', 'invalid_choice'],
  expiry: ['required', 'expiry_before_departure', 'special_period_ended_before_departure'],
  pending: ['required'],
  departure: ['required', 'before_current_rules', 'deadline_passed', 'departure_too_far_ahead'],
  return: ['required', 'return_before_departure', 'return_before_today'],
  trips: ['required'],
  permit: ['required'],
  permitExpiry: ['permit_expiry_required', 'permit_expired_before_departure', 'permit_expiry_too_late', 'deadline_passed'],
};

const outcomeKeys = [
  'heading', 'returnByNote', 'headline',
  'special_reentry.title', 'special_reentry.lead', 'special_reentry.atDeparture',
  'regular_permit.title_single', 'regular_permit.title_multiple', 'regular_permit.lead', 'regular_permit.atDeparture', 'regular_permit.atDepartureNoCard',
  'extend_stay_first.title', 'extend_stay_first.lead', 'extend_stay_first.atDeparture',
  'too_long.title', 'too_long.lead', 'too_long.atDeparture',
  'no_status.title', 'no_status.lead', 'no_status.atDeparture',
  'abroad.title_special_reentry', 'abroad.title_regular_permit', 'abroad.title_none', 'abroad.headlineLate', 'abroad.headlineNone', 'abroad.lead',
  'abroad.todo_special_reentry', 'abroad.todo_regular_permit', 'abroad.todo_none',
  'refugee_travel_document.title', 'refugee_travel_document.lead', 'refugee_travel_document.atDeparture',
];

export function reentryKeys(): string[] {
  const keys = [
    'privacy', 'notAdvice',
    'buttons.check', 'buttons.change', 'buttons.startAgain', 'buttons.addToCalendar', 'buttons.printChecklist', 'buttons.clear',
    'form.label', 'form.changeHidden', 'form.notAnswered',
    'date.year', 'date.month', 'date.day', 'date.hint',
    'errors.summaryTitle', 'errors.prefix', 'errors.required', 'errors.invalid_choice', 'errors.invalid_date', 'errors.impossible_date', 'errors.out_of_range',
    'result.atDeparture', 'result.warnings', 'result.why', 'result.source', 'result.secondary', 'result.guides', 'result.yourAnswers', 'result.contact',
    'links.reentryPermit', 'links.specialReentry', 'links.specialPermission', 'links.fees', 'links.contact',
    'checklist.title', 'checklist.intro', 'checklist.passport', 'checklist.card', 'checklist.edCard', 'checklist.permit', 'checklist.returnBy',
    'checklist.pending', 'checklist.permitHeld', 'checklist.printedOn',
    'calendar.summary', 'calendar.description', 'calendar.alarm30', 'calendar.alarm7',
    'reasonsWithoutCard.permit_before_departure',
    ...outcomeKeys.map((key) => `outcome.${key}`),
    ...['title', 'intro', 'caption', 'colIf', 'colThen', 'colReturnBy', 'counting', 'always'].map((key) => `decisionTable.${key}`),
    ...decisionRows.flatMap((row) => ['if', 'then', 'returnBy'].map((part) => `decisionTable.rows.${row}.${part}`)),
    ...Object.keys(reasonSources).map((code) => `reasons.${code}`),
  ];
  for (const q of reentryQuestions) {
    keys.push(q.legendKey, q.hintKey!, `questions.${q.key}.summary`);
    for (const o of q.options) keys.push(o.labelKey, ...(o.hintKey ? [o.hintKey] : []));
    for (const code of questionErrors[q.key] ?? []) keys.push(`errors.${q.key}.${code}`);
  }
  return [...new Set(keys)];
}
