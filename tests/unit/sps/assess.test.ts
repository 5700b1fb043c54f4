// The SPS engine, grouped by question (GOV.UK smart-answers style): each route, the statutory
// bar, each factor, each refund status and each contradiction. Rules: shared/domain/facts.md C, E.
import { describe, expect, it } from 'vitest';
import { assessSps, assessSpsForm, type SpsAnswers, type SpsOutcome, type SpsResult } from '../../../widgets/sps/assess.ts';
import { specialPermissionFacts } from '../../../src/data/legal.ts';

const base: SpsAnswers = {
  wish: 'stay',
  situation: 'overstay',
  stage: 'no_contact',
  sentence: 'none',
  listedCrimeConviction: false,
  previouslyDeportedOrOrdered: false,
  inFavour: [],
  against: [],
};

function result(changes: Partial<SpsAnswers>): SpsResult {
  const outcome = assessSps({ ...base, ...changes });
  if (outcome.kind !== 'result') throw new Error(`expected a result, got ${JSON.stringify(outcome)}`);
  return outcome;
}

function errorsOf(outcome: SpsOutcome) {
  return outcome.kind === 'invalid' ? outcome.errors : [];
}

describe('route: wish to stay with a deportation ground', () => {
  for (const situation of ['overstay', 'illegal_entry', 'other_deportation_ground'] as const) {
    for (const stage of ['no_contact', 'under_investigation', 'detained', 'provisional_release', 'supervision'] as const) {
      it(`${situation} at ${stage} → sps_application`, () => {
        expect(result({ situation, stage }).route).toBe('sps_application');
      });
    }
  }

  it('before contact (overstay, illegal entry) the first step is to appear at the bureau; the window is not open yet (C3.6)', () => {
    for (const situation of ['overstay', 'illegal_entry'] as const) {
      const r = result({ situation, stage: 'no_contact' });
      expect(r.canApplyNow).toBe(false);
      expect(r.applicationTiming).toBe('not_yet_appear');
      expect(r.nextSteps.slice(0, 2)).toEqual(['contact_office', 'appear_at_regional_bureau']);
    }
  });

  it('under investigation: not told to appear again; the window opens with detention or supervision (C3.6, issue 17)', () => {
    for (const situation of ['overstay', 'illegal_entry', 'other_deportation_ground'] as const) {
      const r = result({ situation, stage: 'under_investigation' });
      expect(r.canApplyNow).toBe(false);
      expect(r.applicationTiming).toBe('not_yet_investigation');
      expect(r.nextSteps).not.toContain('appear_at_regional_bureau');
      expect(r.nextSteps).toContain('application_opens_later');
    }
  });

  it('a lawful resident with another deportation ground, no contact yet: legal help first, never "appear" (F)', () => {
    const r = result({ situation: 'other_deportation_ground', stage: 'no_contact', sentence: 'fine_or_suspended', against: ['drug_offence'] });
    expect(r.route).toBe('sps_application');
    expect(r.applicationTiming).toBe('not_yet_get_advice');
    expect(r.nextSteps[0]).toBe('legal_advice_first');
    expect(r.nextSteps).not.toContain('appear_at_regional_bureau');
    expect(r.nextSteps).not.toContain('going_yourself_counts_in_favour');
    expect(r.nextSteps).toContain('contact_office');
  });

  it('the same person wanting to leave is not sent to immigration either: legal help first (F)', () => {
    const r = result({ wish: 'leave', situation: 'other_deportation_ground', stage: 'no_contact', sentence: 'fine_or_suspended', against: ['drug_offence'] });
    expect(r.route).toBe('deportation_procedure');
    expect(r.nextSteps[0]).toBe('legal_advice_first');
  });

  it('only someone not yet in contact is told that going in themselves counts in their favour (C4.3)', () => {
    expect(result({ stage: 'no_contact' }).nextSteps).toContain('going_yourself_counts_in_favour');
    expect(result({ stage: 'under_investigation' }).nextSteps).not.toContain('going_yourself_counts_in_favour');
  });

  it('detained: state the wish at an interview, ask about release or supervision (C3.7(1), C7.2)', () => {
    const r = result({ stage: 'detained' });
    expect(r.canApplyNow).toBe(true);
    expect(r.nextSteps).toContain('state_wish_to_apply');
    expect(r.nextSteps).toContain('ask_about_release_or_supervision');
    expect(r.nextSteps).not.toContain('appear_at_regional_bureau');
  });

  it('provisional release or supervision: apply at the regional office, keep the conditions (C3.7(2), C6.3, C7.5)', () => {
    for (const stage of ['provisional_release', 'supervision'] as const) {
      const r = result({ stage });
      expect(r.canApplyNow).toBe(true);
      expect(r.nextSteps).toContain('apply_at_regional_office_interview');
      expect(r.nextSteps).toContain('keep_release_conditions');
    }
  });

  it('always names the application form, evidence, translations and the deadline (C3.8, C3.6)', () => {
    const steps = result({}).nextSteps;
    for (const step of ['act_before_deportation_order', 'prepare_documents_application_form', 'prepare_documents_evidence', 'prepare_documents_translations', 'read_guide_sps'] as const) {
      expect(steps).toContain(step);
    }
    expect(steps).not.toContain('prepare_documents_special_circumstances');
  });
});

describe('route: wish to leave', () => {
  it('overstay only, nothing disqualifying, before contact → departure order, route (a), 1-year ban (C5.1, C5.2)', () => {
    const r = result({ wish: 'leave', stage: 'no_contact' });
    expect(r.route).toBe('departure_order');
    expect(r.departureOrder).toEqual({ entry: 'voluntary_appearance', landingBanYears: specialPermissionFacts.departureOrderBanYears, temporaryVisitorBanYears: null, beforeNotice: false });
    expect(r.departureOrder?.landingBanYears).toBe(1);
    expect(r.nextSteps).toEqual(['contact_office', 'appear_to_leave_voluntarily', 'be_ready_to_leave_promptly', 'read_guide_sps']);
  });

  it('during the investigation → departure order, route (b), 5 years for a later Temporary Visitor entry (C5.2(1)(b), C5.3)', () => {
    const r = result({ wish: 'leave', stage: 'under_investigation' });
    expect(r.route).toBe('departure_order');
    expect(r.departureOrder).toEqual({ entry: 'during_investigation', landingBanYears: 1, temporaryVisitorBanYears: 5, beforeNotice: false });
    expect(r.nextSteps).toContain('tell_officer_wish_to_leave');
  });

  it('no factors, no bar shown as relevant, no refund for a departure order', () => {
    const r = result({ wish: 'leave', against: ['drug_offence'], inFavour: ['stateless'] });
    expect(r.inFavour).toEqual([]);
    expect(r.against).toEqual([]);
    expect(r.refund).toBe('not_applicable');
    expect(r.refundExclusions).toEqual([]);
  });

  it.each([
    [{ situation: 'illegal_entry' }, ['not_overstay_only']],
    [{ situation: 'other_deportation_ground' }, ['not_overstay_only']],
    [{ listedCrimeConviction: true, sentence: 'fine_or_suspended' }, ['listed_crime_conviction']],
    [{ previouslyDeportedOrOrdered: true }, ['previously_deported_or_ordered']],
    [{ stage: 'detained', deportabilityNotified: true }, ['procedure_already_advanced']],
    [{ stage: 'provisional_release', deportabilityNotified: true }, ['procedure_already_advanced']],
    [{ stage: 'supervision', deportabilityNotified: true }, ['procedure_already_advanced']],
    [{ situation: 'illegal_entry', previouslyDeportedOrOrdered: true, stage: 'detained' }, ['not_overstay_only', 'previously_deported_or_ordered']],
  ] as const)('%o → deportation procedure because %o', (changes, blockers) => {
    const r = result({ wish: 'leave', ...changes });
    expect(r.route).toBe('deportation_procedure');
    expect(r.departureOrderBlockers).toEqual(blockers);
    expect(r.departureOrder).toBeNull();
    expect(r.refund).toBe('not_applicable');
  });

  it('a listed crime only counts for overstayers: illegal entrants are blocked by the entry itself', () => {
    const r = result({ wish: 'leave', situation: 'illegal_entry', listedCrimeConviction: true, sentence: 'fine_or_suspended' });
    expect(r.departureOrderBlockers).toEqual(['not_overstay_only']);
  });

  it('only the notice stands in the way → ask the office whether a departure order is still possible', () => {
    expect(result({ wish: 'leave', stage: 'detained', deportabilityNotified: true }).nextSteps).toContain('ask_office_departure_order_timing');
    expect(result({ wish: 'leave', stage: 'detained', deportabilityNotified: true, previouslyDeportedOrOrdered: true }).nextSteps).not.toContain('ask_office_departure_order_timing');
    expect(result({ wish: 'leave', stage: 'supervision', deportabilityNotified: true }).nextSteps).toContain('keep_release_conditions');
  });
});

describe('route: a deportation order has been issued', () => {
  for (const wish of ['stay', 'leave'] as const) {
    for (const situation of ['overstay', 'illegal_entry', 'other_deportation_ground'] as const) {
      it(`${wish}, ${situation} → too_late with urgent legal help first (C3.6, C3.13)`, () => {
        const r = result({ wish, situation, stage: 'deportation_order_issued' });
        expect(r.route).toBe('too_late');
        expect(r.nextSteps[0]).toBe('urgent_legal_help');
        expect(r.nextSteps).toContain('contact_office');
        expect(r.refund).toBe('not_applicable');
        expect(r.inFavour).toEqual([]);
      });
    }
  }

  it('does not ask the questions that no longer matter', () => {
    const outcome = assessSps({ wish: 'stay', situation: 'overstay', stage: 'deportation_order_issued' });
    expect(outcome.kind).toBe('result');
  });
});

describe('route: valid status, no deportation ground', () => {
  for (const wish of ['stay', 'leave'] as const) {
    it(`${wish} → not_applicable, pointing to the re-entry guides`, () => {
      const r = result({ wish, situation: 'valid_status' });
      expect(r.route).toBe('not_applicable');
      expect(r.nextSteps).toEqual(['contact_office', 'read_reentry_guides']);
      expect(r.refund).toBe('not_applicable');
    });
  }

  it('needs only wish, situation and stage', () => {
    expect(assessSps({ wish: 'stay', situation: 'valid_status', stage: 'no_contact' }).kind).toBe('result');
  });
});

describe('the statutory bar (C3.3)', () => {
  it.each([
    ['none', false],
    ['fine_or_suspended', false],
    ['over_one_year_unsuspended', true],
    ['life', true],
  ] as const)('sentence %s → barred %s', (sentence, barred) => {
    const r = result({ sentence });
    expect(r.barred).toBe(barred);
    expect(r.route).toBe('sps_application');
    expect(r.nextSteps.includes('prepare_documents_special_circumstances')).toBe(barred);
  });

  it('the bar never changes the route: the application is still possible in special circumstances', () => {
    expect(result({ sentence: 'life', stage: 'detained' }).route).toBe('sps_application');
  });
});

describe('factors (C4.3, C4.4)', () => {
  for (const code of ['married_japanese_or_spr', 'raising_child_of_japanese', 'children_schooled_in_japan', 'serious_illness', 'stateless', 'reported_voluntarily', 'long_residence', 'third_party_support'] as const) {
    it(`in favour: ${code} is echoed`, () => {
      const r = result({ stage: 'detained', inFavour: [code] });
      expect(r.inFavour).toEqual([code]);
      expect(r.against).toEqual([]);
    });
  }
  it('married to a PR or LTR is not a guideline factor (C4.3, C9): dropped, never shown', () => {
    expect(result({ stage: 'detained', inFavour: ['married_pr_or_ltr', 'stateless'] }).inFavour).toEqual(['stateless']);
  });
  it('a drug conviction (with its sentence) is echoed against, next to the derived criminal offence', () => {
    const r = result({ sentence: 'fine_or_suspended', against: ['drug_offence'] });
    expect(r.against).toEqual(['drug_offence', 'criminal_offence']);
    expect(r.derivedAgainst).toEqual(['criminal_offence']);
  });
  it('a drug conviction without any sentence is not offered, so it is ignored', () => {
    expect(result({ sentence: 'none', against: ['drug_offence'] }).against).toEqual([]);
  });
  for (const code of ['illegal_entry_or_forgery', 'document_fraud', 'illegal_work_facilitation', 'absconded_from_release', 'repeat_violation', 'sham_marriage', 'long_illegal_stay'] as const) {
    it(`against: ${code} is echoed and not marked as derived`, () => {
      const r = result({ against: [code] });
      expect(r.against).toEqual([code]);
      expect(r.derivedAgainst).toEqual([]);
      expect(r.inFavour).toEqual([]);
    });
  }

  it('illegal entry adds illegal_entry_or_forgery against', () => {
    const r = result({ situation: 'illegal_entry' });
    expect(r.against).toEqual(['illegal_entry_or_forgery']);
    expect(r.derivedAgainst).toEqual(['illegal_entry_or_forgery']);
  });
  it('a previous deportation or departure order adds repeat_violation against', () => {
    expect(result({ previouslyDeportedOrOrdered: true }).derivedAgainst).toEqual(['repeat_violation']);
  });
  it.each(['fine_or_suspended', 'over_one_year_unsuspended', 'life'] as const)('a %s sentence adds criminal_offence against', (sentence) => {
    expect(result({ sentence }).derivedAgainst).toEqual(['criminal_offence']);
  });
  it('overstay alone adds nothing, and a ticked box is not reported as derived', () => {
    expect(result({}).against).toEqual([]);
    const r = result({ situation: 'illegal_entry', against: ['illegal_entry_or_forgery'] });
    expect(r.against).toEqual(['illegal_entry_or_forgery']);
    expect(r.derivedAgainst).toEqual([]);
  });
  it('criminal_offence cannot be ticked, only derived', () => {
    expect(result({ against: ['criminal_offence'] }).against).toEqual([]);
  });
  it('lists come back in guideline order without duplicates', () => {
    const r = result({ inFavour: ['stateless', 'married_japanese_or_spr', 'stateless'], against: ['drug_offence', 'document_fraud'], situation: 'illegal_entry', sentence: 'fine_or_suspended' });
    expect(r.inFavour).toEqual(['married_japanese_or_spr', 'stateless']);
    expect(r.against).toEqual(['illegal_entry_or_forgery', 'document_fraud', 'drug_offence', 'criminal_offence']);
  });
});

describe('refund guarantee (facts E)', () => {
  const allExclusions = ['client_untruthful', 'knowingly_low_chance', 'divorce_arrest_or_disappearance', 'special_conditions'];
  it.each(['no_contact', 'under_investigation'] as const)('%s → covered, with every stated exclusion', (stage) => {
    const r = result({ stage });
    expect(r.refund).toBe('covered');
    expect(r.refundExclusions).toEqual(allExclusions);
    expect(r.nextSteps).toContain('confirm_refund_terms');
  });
  it('detained when the office takes the case → not covered', () => {
    const r = result({ stage: 'detained' });
    expect(r.refund).toBe('not_covered_detained');
    expect(r.refundExclusions).toEqual([]);
    expect(r.nextSteps).toContain('confirm_refund_terms');
  });
  it.each(['provisional_release', 'supervision'] as const)('%s → unclear, ask the office', (stage) => {
    const r = result({ stage });
    expect(r.refund).toBe('unclear_ask_office');
    expect(r.refundExclusions).toEqual(allExclusions);
  });
  it('other routes → not applicable, no refund steps', () => {
    for (const r of [result({ wish: 'leave' }), result({ stage: 'deportation_order_issued' }), result({ situation: 'valid_status' }), result({ wish: 'leave', stage: 'detained' })]) {
      expect(r.refund).toBe('not_applicable');
      expect(r.nextSteps).not.toContain('confirm_refund_terms');
    }
  });
});

describe('contradictions: one error each', () => {
  it.each(['under_investigation', 'detained', 'provisional_release', 'supervision', 'deportation_order_issued'] as const)('valid status, wanting to leave, with stage %s', (stage) => {
    expect(errorsOf(assessSps({ ...base, wish: 'leave', situation: 'valid_status', stage }))).toEqual([{ field: 'stage', code: 'valid_status_but_procedure_stage' }]);
  });
  it('valid status, wanting to stay: the stage is not asked, so any stale stage is ignored (issue 17)', () => {
    const r = result({ situation: 'valid_status', stage: 'detained' });
    expect(r.route).toBe('not_applicable');
    expect(assessSps({ wish: 'stay', situation: 'valid_status' }).kind).toBe('result');
  });
  it('married with sham_marriage', () => {
    expect(errorsOf(assessSps({ ...base, inFavour: ['married_japanese_or_spr'], against: ['sham_marriage'] }))).toEqual([{ field: 'against', code: 'sham_and_genuine_marriage' }]);
  });
  it('married to a PR/LTR is no longer asked, so it cannot contradict anything', () => {
    expect(assessSps({ ...base, inFavour: ['married_pr_or_ltr'], against: ['sham_marriage'] }).kind).toBe('result');
  });
  it('listed crime with no sentence at all: the question is not asked of the never-sentenced (issue 17), so it is ignored', () => {
    const r = result({ wish: 'leave', listedCrimeConviction: true, sentence: 'none' });
    expect(r.route).toBe('departure_order');
    expect(r.answers.listedCrimeConviction).toBe(false);
  });
  it('reported voluntarily with no contact yet', () => {
    expect(errorsOf(assessSps({ ...base, stage: 'no_contact', inFavour: ['reported_voluntarily'] }))).toEqual([{ field: 'inFavour', code: 'reported_voluntarily_but_no_contact' }]);
  });
  it('several contradictions give several errors', () => {
    expect(errorsOf(assessSps({ ...base, inFavour: ['reported_voluntarily', 'married_japanese_or_spr'], against: ['sham_marriage'] }))).toHaveLength(2);
  });
  it('answers to hidden questions are ignored, not blamed', () => {
    // Someone leaving is never shown the factor boxes, so a stale contradiction there does not count.
    expect(assessSps({ ...base, wish: 'leave', inFavour: ['married_japanese_or_spr'], against: ['sham_marriage'] }).kind).toBe('result');
    // listedCrimeConviction is asked only of overstayers who want to leave.
    expect(assessSps({ ...base, wish: 'stay', listedCrimeConviction: true, sentence: 'none' }).kind).toBe('result');
  });
  it('a sentence with a listed crime, a later contact with voluntary report: no error', () => {
    expect(assessSps({ ...base, wish: 'leave', listedCrimeConviction: true, sentence: 'life' }).kind).toBe('result');
    expect(assessSps({ ...base, stage: 'detained', inFavour: ['reported_voluntarily'] }).kind).toBe('result');
  });
});

describe('missing answers', () => {
  it('nothing answered → the three first questions are required, in order', () => {
    expect(errorsOf(assessSps({}))).toEqual([
      { field: 'wish', code: 'required' },
      { field: 'situation', code: 'required' },
      { field: 'stage', code: 'required' },
      { field: 'sentence', code: 'required' },
      { field: 'previouslyDeportedOrOrdered', code: 'required' },
    ]);
  });
  it('leave + overstay also needs the listed-crime answer', () => {
    const fields = errorsOf(assessSps({ wish: 'leave', situation: 'overstay', stage: 'no_contact' })).map((e) => e.field);
    expect(fields).toEqual(['sentence', 'listedCrimeConviction', 'previouslyDeportedOrOrdered']);
  });
  it('an unknown value counts as unanswered', () => {
    expect(errorsOf(assessSps({ ...base, wish: 'fly' }))).toEqual([{ field: 'wish', code: 'required' }]);
    expect(errorsOf(assessSps({ ...base, previouslyDeportedOrOrdered: 'yes' }))).toEqual([{ field: 'previouslyDeportedOrOrdered', code: 'required' }]);
  });
  it('the checkbox lists are optional', () => {
    const { inFavour: _f, against: _a, ...rest } = base;
    expect(assessSps(rest).kind).toBe('result');
  });
});

describe('the form asks the two new questions; callers may leave them out (issue 12 contract)', () => {
  it('assessSps reads a missing listedBarGround or deportabilityNotified as "no"', () => {
    expect(assessSps({ ...base, wish: 'leave', stage: 'detained' }).kind).toBe('result');
  });
  it('the form requires them where they are shown', () => {
    expect(errorsOf(assessSpsForm({ ...base, wish: 'leave', stage: 'detained' }))).toEqual([
      { field: 'listedBarGround', code: 'required' },
      { field: 'deportabilityNotified', code: 'required' },
    ]);
    expect(errorsOf(assessSpsForm({ ...base, listedBarGround: false }))).toEqual([]);
  });
  it('deportabilityNotified is asked only of overstayers who want to leave and are already in the procedure', () => {
    const asked = (changes: Partial<SpsAnswers>) =>
      errorsOf(assessSpsForm({ ...base, listedBarGround: false, ...changes })).some((e) => e.field === 'deportabilityNotified');
    expect(asked({ wish: 'leave', stage: 'no_contact' })).toBe(false);
    expect(asked({ wish: 'stay', stage: 'detained' })).toBe(false);
    expect(asked({ wish: 'leave', situation: 'illegal_entry', stage: 'detained' })).toBe(false);
    for (const stage of ['under_investigation', 'detained', 'provisional_release', 'supervision'] as const) expect(asked({ wish: 'leave', stage })).toBe(true);
  });
});

// One condition at a time: each flips `barred` on its own (C3.3(a), (b)); nothing else does.
describe('the bar, condition by condition (C3.3, C3.15, C3.16)', () => {
  const clean: Partial<SpsAnswers> = { stage: 'detained', listedBarGround: false };
  it('clean answers are not barred', () => {
    expect(result(clean).barred).toBe(false);
    expect(result(clean).barGrounds).toEqual([]);
  });
  it.each([
    [{ sentence: 'over_one_year_unsuspended' }, ['sentence']],
    [{ sentence: 'life' }, ['sentence']],
    [{ listedBarGround: true }, ['listed_ground']],
    [{ sentence: 'life', listedBarGround: true }, ['sentence', 'listed_ground']],
  ] as const)('%o alone → barred by %o', (changes, grounds) => {
    const r = result({ ...clean, ...changes });
    expect(r.barred).toBe(true);
    expect(r.barGrounds).toEqual(grounds);
    expect(r.route).toBe('sps_application');
    expect(r.nextSteps).toContain('prepare_documents_special_circumstances');
  });
  it.each([
    [{ sentence: 'fine_or_suspended' }],
    // A fully suspended or partly suspended (unsuspended part ≤ 1 year) sentence is in this option.
    [{ sentence: 'fine_or_suspended', against: ['drug_offence'] }],
    [{ sentence: 'fine_or_suspended', listedCrimeConviction: true }],
    [{ situation: 'illegal_entry' }],
    [{ situation: 'other_deportation_ground', sentence: 'fine_or_suspended', against: ['drug_offence', 'illegal_work_facilitation'] }],
    [{ previouslyDeportedOrOrdered: true }],
  ] as const)('%o → not barred (not in the proviso)', (changes) => {
    const r = result({ ...clean, ...(changes as Partial<SpsAnswers>) });
    expect(r.barred).toBe(false);
    expect(r.nextSteps).not.toContain('prepare_documents_special_circumstances');
  });
  it('a drug conviction is shown against, not as the bar', () => {
    const r = result({ ...clean, sentence: 'fine_or_suspended', against: ['drug_offence'] });
    expect(r.barred).toBe(false);
    expect(r.against).toContain('drug_offence');
  });
  it('the bar is reported for people leaving too, without changing their route', () => {
    const r = result({ wish: 'leave', listedBarGround: true });
    expect(r.barred).toBe(true);
    expect(r.route).toBe('deportation_procedure');
  });
});

// One condition at a time: with everything else in order, each failed C5.2 condition alone turns
// the departure order into the deportation procedure, and names itself as the blocker.
describe('the departure order, condition by condition (C5.2, C5.7)', () => {
  const eligible: Partial<SpsAnswers> = { wish: 'leave', situation: 'overstay', stage: 'detained', sentence: 'none', listedCrimeConviction: false, previouslyDeportedOrOrdered: false, listedBarGround: false, deportabilityNotified: false, against: [] };
  it('all conditions met, detained → departure order by route (b), to be asked before the notice', () => {
    const r = result(eligible);
    expect(r.route).toBe('departure_order');
    expect(r.departureOrder).toEqual({ entry: 'during_investigation', landingBanYears: 1, temporaryVisitorBanYears: 5, beforeNotice: true });
    expect(r.nextSteps).toContain('tell_officer_before_notice');
    expect(r.nextSteps).not.toContain('appear_to_leave_voluntarily');
  });
  it.each(['detained', 'provisional_release', 'supervision', 'under_investigation'] as const)('%s without the notice → route (b) stays open (C5.7)', (stage) => {
    const r = result({ ...eligible, stage });
    expect(r.route).toBe('departure_order');
    expect(r.departureOrder?.entry).toBe('during_investigation');
    expect(r.departureOrder?.beforeNotice).toBe(stage !== 'under_investigation');
  });
  it('no contact yet → route (a), the plain 1-year ban (C5.3)', () => {
    const r = result({ ...eligible, stage: 'no_contact' });
    expect(r.departureOrder).toEqual({ entry: 'voluntary_appearance', landingBanYears: 1, temporaryVisitorBanYears: null, beforeNotice: false });
  });
  it.each([
    [{ situation: 'illegal_entry' }, 'not_overstay_only'],
    [{ situation: 'other_deportation_ground' }, 'not_overstay_only'],
    [{ sentence: 'over_one_year_unsuspended' }, 'long_sentence'],
    [{ sentence: 'life' }, 'long_sentence'],
    [{ sentence: 'fine_or_suspended', against: ['drug_offence'] }, 'drug_conviction'],
    [{ listedBarGround: true }, 'listed_ground'],
    [{ sentence: 'fine_or_suspended', listedCrimeConviction: true }, 'listed_crime_conviction'],
    [{ previouslyDeportedOrOrdered: true }, 'previously_deported_or_ordered'],
    [{ deportabilityNotified: true }, 'procedure_already_advanced'],
  ] as const)('%o alone → deportation procedure, blocked by %s', (changes, blocker) => {
    const r = result({ ...eligible, ...(changes as Partial<SpsAnswers>) });
    expect(r.route).toBe('deportation_procedure');
    expect(r.departureOrderBlockers).toEqual([blocker]);
    expect(r.departureOrder).toBeNull();
  });
  it('a fine or short sentence for a crime not on the list does not block', () => {
    expect(result({ ...eligible, sentence: 'fine_or_suspended' }).route).toBe('departure_order');
  });
  it('a deportation order closes both routes (C3.6, C5.2(1))', () => {
    expect(result({ ...eligible, stage: 'deportation_order_issued' }).route).toBe('too_late');
  });
});
