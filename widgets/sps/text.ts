// Turning string keys into text for the island without shipping i18next: the page passes the
// `sps` dictionary flattened to dotted keys, and these helpers fill in {{name}} placeholders and
// pick i18next-style plural keys (`key_one`, `key_other`). Also lists every key the checker
// uses, so a unit test can fail the build when a dictionary lacks one.

import { fill, flattenStrings, type Vars } from '../kit/strings.ts';
import { departureOrderBlockers, errorCodes, nextStepCodes, refundExclusions, type RefundStatus, type SpsRoute } from './assess.ts';
import { againstFactors, favourFactors, questions } from './questions.ts';
import type { SourceTopic } from './sources.ts';

export type Strings = Readonly<Record<string, string>>;
export type { Vars };
/** Re-exported from widgets/kit/strings.ts so pages and tests need one import. */
export { fill, flattenStrings as flatten };

/** A translator over a flat dictionary. A missing key shows the key itself, which tests catch. */
export function translator(strings: Strings, lang: string) {
  let rules: Intl.PluralRules | null = null;
  const t = (key: string, vars?: Vars): string => fill(strings[key] ?? key, vars);
  const plural = (key: string, count: number, vars: Vars = {}): string => {
    try {
      rules ??= new Intl.PluralRules(lang);
    } catch {
      rules = new Intl.PluralRules('en');
    }
    const exact = `${key}_${rules.select(count)}`;
    return t(strings[exact] !== undefined ? exact : `${key}_other`, { count, ...vars });
  };
  return { t, plural };
}

export const routeCodes: readonly SpsRoute[] = ['sps_application', 'departure_order', 'deportation_procedure', 'too_late', 'not_applicable'];
export const refundCodes: readonly RefundStatus[] = ['covered', 'not_covered_detained', 'unclear_ask_office', 'not_applicable'];

/** Plural keys used with `plural()`; English needs _one and _other, every language _other. */
export const pluralKeys = ['routes.departure_order.ban', 'routes.departure_order.temporaryVisitor', 'nextSteps.act_before_deportation_order'] as const;

/** Factor codes kept for compatibility but never offered or shown (C4.3, C9). */
const hiddenFactors: readonly string[] = ['married_pr_or_ltr'];
const sourceTopics: readonly SourceTopic[] = ['route', 'blockers', 'bar', 'drug', 'factors', 'weighing', 'timing', 'beforeNotice', 'adviceFirst', 'refund'];

/** Every key SpsChecker and RouteTable read (plural keys listed with their _other form). */
export function requiredKeys(): string[] {
  const keys = [
    'privacy', 'notAdvice', 'noPrediction', 'noscript',
    'form.submit', 'form.startAgain', 'form.optional', 'form.clear', 'form.sensitive',
    'errors.summaryTitle', 'errors.prefix',
    'result.heading',
    'bar.heading', 'bar.applies', 'bar.notApplies', 'bar.sentence', 'bar.listed_ground', 'bar.drug',
    'sources.heading', 'sources.checkedOn', 'sources.facts', 'sources.secondary',
    'factors.heading', 'factors.inFavour', 'factors.against', 'factors.noneInFavour', 'factors.noneAgainst', 'factors.derived',
    'refund.heading', 'refund.quote', 'refund.exclusionsIntro', 'refund.policyOfOffice', 'refund.readPolicy',
    'blockers.intro', 'links.reentryPermit', 'links.specialReentry',
    'nextSteps.heading',
    'office.heading', 'office.text', 'office.call',
    'summary.heading', 'summary.change', 'summary.yes', 'summary.no', 'summary.none',
    'routeTable.heading', 'routeTable.intro', 'routeTable.situation', 'routeTable.whatApplies', 'routeTable.bar', 'routeTable.refund', 'routeTable.factors',
  ];
  for (const question of questions) {
    const base = `questions.${question.field}`;
    keys.push(`${base}.legend`);
    if (question.kind !== 'checkboxes') keys.push(`errors.required.${question.field}`);
    if (question.hint) keys.push(`${base}.hint`);
    for (const option of question.options) {
      keys.push(`${base}.options.${option}`);
      if (question.optionHints) keys.push(`${base}.optionHints.${option}`);
    }
  }
  // Someone leaving is asked about a drug conviction only, in its own words (questions.ts textBase).
  keys.push('questions.againstLeave.legend', 'questions.againstLeave.hint', 'questions.againstLeave.options.drug_offence');
  for (const code of errorCodes) if (code !== 'required') keys.push(`errors.${code}`);
  for (const route of routeCodes) keys.push(`routes.${route}.heading`, `routes.${route}.body`, `routeTable.rows.${route}`);
  keys.push(
    // One per ApplicationTiming code (assess.ts).
    'routes.sps_application.not_yet_appear', 'routes.sps_application.not_yet_investigation', 'routes.sps_application.not_yet_get_advice',
    'routes.sps_application.now', 'routes.too_late.leave', 'routes.departure_order.beforeNotice',
  );
  for (const code of [...favourFactors, ...againstFactors]) if (!hiddenFactors.includes(code)) keys.push(`factors.codes.${code}`);
  for (const topic of sourceTopics) keys.push(`sources.topics.${topic}`);
  for (const code of refundCodes) keys.push(`refund.status.${code}`);
  for (const code of refundExclusions) keys.push(`refund.exclusions.${code}`);
  for (const code of departureOrderBlockers) keys.push(`blockers.${code}`);
  for (const code of nextStepCodes) keys.push(`nextSteps.${code}`);
  for (const key of pluralKeys) keys.push(`${key}_other`);
  // act_before_deportation_order is a plural key; its plain form is not used.
  return keys.filter((key) => key !== 'nextSteps.act_before_deportation_order');
}
