// Server-side render of the island and the decision table with the English strings: every key
// resolves, every placeholder is filled, and the markup has the accessible structure we promise.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import ReentryChecker, { Result, check, draftToValues } from '../../../widgets/reentry/ReentryChecker.tsx';
import DecisionTable from '../../../widgets/reentry/DecisionTable.tsx';
import { flattenStrings, type Vars } from '../../../widgets/kit/strings.ts';
import { translate } from '../../../widgets/kit/translate.ts';
import { answers } from './fixtures.ts';
import type { ReentryAnswers } from '../../../widgets/reentry/assess.ts';
import { reasonSources } from '../../../widgets/reentry/reasons.ts';
import { answersToQuery } from '../../../widgets/reentry/query.ts';
import { errorKeys, firstInputId, visibleQuestions } from '../../../widgets/reentry/questions.ts';
import { atDepartureKey, legalVars, reasonKey } from '../../../widgets/reentry/wording.ts';
const legal = legalVars('en');

const strings = flattenStrings(JSON.parse(readFileSync('src/i18n/en/reentry.json', 'utf8')));
const links = { reentryPermit: '/en/reentry-permit/', specialReentry: '/en/special-reentry/', specialPermission: '/en/sps/', contact: '/en/contact/', fees: '/en/fees/' };
const office = { name: 'ACROSEED', phone: '03-6450-3286', phoneE164: '+81364503286' };

function noGaps(html: string) {
  expect(html).not.toMatch(/\{\{/);
  // A missing key would be shown as the key itself.
  expect(html).not.toMatch(/>(questions|errors|outcome|reasons|checklist|result|links|buttons|form|date|decisionTable)\.[\w.]+</);
}

describe('ReentryChecker (server render)', () => {
  const html = renderToString(h(ReentryChecker, { lang: 'en', strings, links, office, legal }));
  it('is a real GET form with fieldsets, legends and labelled inputs', () => {
    noGaps(html);
    expect(html).toContain('<form class="checker-form" method="get"');
    expect((html.match(/<fieldset/g) ?? []).length).toBe(10);
    expect((html.match(/<legend>/g) ?? []).length).toBe(10);
    for (const name of ['departure-year', 'departure-month', 'departure-day', 'return-year', 'expiry-year']) {
      expect(html).toContain(`name="${name}"`);
    }
    expect((html.match(/inputmode="numeric"/gi) ?? []).length).toBe(9);
    // Year, then month, then day.
    expect(html.indexOf('reentry-departure-year')).toBeLessThan(html.indexOf('reentry-departure-month'));
    expect(html.indexOf('reentry-departure-month')).toBeLessThan(html.indexOf('reentry-departure-day'));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of html.matchAll(/<input[^>]* id="([^"]+)"/g)) expect(html).toContain(`for="${m[1]}"`);
    expect(html).toContain('Your answers stay in this browser; nothing is sent');
  });
});

describe('check (form values → result)', () => {
  it('turns typed dates into answers and keeps the reason for a bad date', () => {
    const values = { ...draftToValues(answers()), 'departure-year': '２０２６', 'departure-month': '4', 'departure-day': '10' };
    expect(check(values).outcome.kind).toBe('special_reentry');
    const bad = check({ ...values, 'return-year': '2026', 'return-month': '2', 'return-day': '30' });
    expect(bad.errors).toEqual([{ field: 'plannedReturn', code: 'impossible_date' }]);
    // A date the form cannot read keeps its reason; the other answers are kept as they are.
    const typo = check({ ...values, 'departure-year': '2026', 'departure-month': '4', 'departure-day': '31' });
    expect(typo.errors).toEqual([{ field: 'departure', code: 'impossible_date' }]);
    expect(typo.draft.residence).toBe('mid_long_term');
    expect(check({ ...values, 'departure-day': 'x' }).errors).toEqual([{ field: 'departure', code: 'invalid_date' }]);
    const empty = check({});
    expect(empty.errors[0]).toEqual({ field: 'residence', code: 'required' });
  });
  it('asks whether a permit is held, then for its printed expiry, and names that date box in errors', () => {
    const values = draftToValues(answers());
    delete values.permit;
    expect(check(values).errors).toEqual([{ field: 'permitHeld', code: 'required' }]);
    const single = { ...values, permit: 'single' };
    expect(check(single).errors).toEqual([{ field: 'permitHeld', code: 'permit_expiry_required' }]);
    const typo = { ...single, 'permit-expiry-year': '2027', 'permit-expiry-month': '2', 'permit-expiry-day': '30' };
    expect(check(typo).errors).toEqual([{ field: 'permitHeld', code: 'impossible_date' }]);
    expect(firstInputId('permitHeld', 'impossible_date')).toBe('reentry-permit-expiry-year');
    expect(translate(strings, errorKeys('permitHeld', 'impossible_date'))).toMatch(/does not exist/);
    const held = check({ ...single, 'permit-expiry-year': '2027', 'permit-expiry-month': '3', 'permit-expiry-day': '31' }, '2026-01-15');
    expect(held.outcome).toMatchObject({ kind: 'regular_permit', returnBy: '2027-03-31', permit: 'single' });
  });
  it('with today before the departure, the trip is abroad and the number of trips is not asked', () => {
    const values = draftToValues(answers());
    delete values.trips;
    const abroad = check(values, '2026-05-01');
    expect(abroad.errors).toEqual([]);
    expect(abroad.outcome).toMatchObject({ kind: 'abroad', via: 'special_reentry', returnBy: '2027-04-10', onTime: true });
    expect(check(values, '2026-04-10').errors).toEqual([{ field: 'trips', code: 'required' }]);
  });
  it('a refugee travel document hides card, exclusions, permit and trips', () => {
    const values: Record<string, string | string[]> = { ...draftToValues(answers()), passport: 'rtd' };
    for (const name of ['card', 'ex', 'permit', 'trips']) delete values[name];
    const rtd = check(values);
    expect(rtd.errors).toEqual([]);
    expect(rtd.outcome.kind).toBe('refugee_travel_document');
    expect(visibleQuestions(rtd.draft.residence, rtd.draft).map((q) => q.key)).toEqual(['residence', 'passport', 'expiry', 'pending', 'departure', 'return']);
  });
});

describe('Result (server render) for every outcome kind', () => {
  const cases: Array<[string, ReentryAnswers]> = [
    ['special_reentry', answers()],
    ['regular_permit', answers({ trips: 'several', hasCard: false })],
    ['extend_stay_first', answers({ stayExpiry: '2026-06-30', plannedReturn: '2026-07-01' })],
    ['too_long', answers({ residence: 'permanent_resident', stayExpiry: null, plannedReturn: '2035-01-01' })],
    ['no_status', answers({ residence: 'no_status' })],
    ['refugee_travel_document', answers({ refugeeTravelDocument: true, hasValidPassport: false })],
  ];
  it.each(cases)('%s', (kind, a) => {
    const result = check(draftToValues(a));
    expect(result.outcome.kind).toBe(kind);
    const t = (key: string | string[], vars?: Vars) => translate(strings, key, vars);
    const html = renderToString(h(Result, { result, lang: 'en', t, links, office, sources: reasonSources, change: () => {}, startAgain: () => {}, legal }));
    expect(html.match(/.{80}\{\{.{40}/)?.[0]).toBeUndefined();
    noGaps(html);
    expect(html).toContain('id="reentry-result-heading" tabindex="-1"');
    // The headline is the date to be back by, in words and ISO.
    if ('returnBy' in result.outcome) {
      const iso = result.outcome.returnBy;
      expect(html).toMatch(new RegExp(`<h2 id="reentry-result-heading"[^>]*>[^<]*\\(<time datetime="${iso}" class="reentry-iso">${iso}</time>\\)</h2>`));
    }
    if (kind === 'special_reentry') {
      expect(html).toContain('April 10, 2027');
      expect(html).toContain('class="reentry-checklist checker-printable"');
      expect(html).toContain('cannot be extended from abroad');
      expect(html).toContain('<a href="https://www.isa.go.jp/en/applications/guide/minashisainyukoku.html">');
    }
    expect(html).toContain('href="tel:+81364503286"');
    // "Change" is a real link to the form filled in at that question.
    const query = answersToQuery(result.draft).toString();
    expect(html).toContain(`<a href="?${query.replace(/&/g, '&amp;')}&amp;change=residence">Change<span class="checker-vh"> your answer to`);
  });
});

describe('DecisionTable', () => {
  it('renders every row with figures filled in', () => {
    const html = renderToString(h(DecisionTable, { lang: 'en', strings, office }));
    noGaps(html);
    expect((html.match(/<th scope="row"[ >]/g) ?? []).length).toBe(11);
    expect(html).toContain('under supervision measures');
    expect(html).toContain('within 1 year of leaving (2 years for special permanent residents)');
  });
  it('says when the rules were last checked, and who to ask', () => {
    const html = renderToString(h(DecisionTable, { lang: 'en', strings, office }));
    expect(html).toContain(`The rules were last checked on ${legal.checkedOn}.`);
    expect(html).toContain(office.phone);
  });
});

// Issue 17: a period of stay of 3 months or less (or Temporary Visitor) comes with no residence
// card (facts B2.2), so its result never tells the reader to carry or return one.
describe('Result for a reader without a residence card', () => {
  for (const residence of ['stay_3_months_or_less', 'temporary_visitor'] as const) {
    it(residence, () => {
      const result = check(draftToValues(answers({ residence, stayExpiry: '2027-02-01', plannedReturn: '2027-01-10' })));
      expect(result.outcome.kind).toBe('regular_permit');
      const t = (key: string | string[], vars?: Vars) => translate(strings, key, vars);
      const html = renderToString(h(Result, { result, lang: 'en', t, links, office, sources: reasonSources, change: () => {}, startAgain: () => {}, legal }));
      noGaps(html);
      expect(html).toContain('carry your passport with the permit.');
      expect(html).toContain('Bring the application form and your passport.');
      expect(html).not.toMatch(/residence card/i);
    });
  }
  it('a resident with a card is still told to carry it', () => {
    const withCard = answers({ exclusions: ['designated_by_minister'] });
    const result = check(draftToValues(withCard));
    expect(result.outcome.kind).toBe('regular_permit');
    expect(atDepartureKey(result.outcome, result.draft)).toBe('outcome.regular_permit.atDeparture');
    expect(reasonKey('permit_before_departure', result.draft)).toBe('reasons.permit_before_departure');
  });
});
