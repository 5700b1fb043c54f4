// The SPS engine, grouped by question (GOV.UK smart-answers style): each route, the statutory
// bar, each factor, each refund status and each contradiction. Rules: shared/domain/facts.md C, E.
import { describe, expect, it } from 'vitest';
import { assessSps, type SpsAnswers, type SpsOutcome, type SpsResult } from '../../../widgets/sps/assess.ts';
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

  it('before contact or during investigation the first step is to appear at the bureau; the window is not open yet (C3.6)', () => {
    for (const stage of ['no_contact', 'under_investigation'] as const) {
      const r = result({ stage });
      expect(r.canApplyNow).toBe(false);
      expect(r.nextSteps.slice(0, 2)).toEqual(['contact_office', 'appear_at_regional_bureau']);
    }
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
    expect(r.departureOrder).toEqual({ entry: 'voluntary_appearance', landingBanYears: specialPermissionFacts.departureOrderBanYears, temporaryVisitorBanYears: null });
    expect(r.departureOrder?.landingBanYears).toBe(1);
    expect(r.nextSteps).toEqual(['contact_office', 'appear_to_leave_voluntarily', 'be_ready_to_leave_promptly', 'read_guide_sps']);
  });

  it('during the investigation → departure order, route (b), 5 years for a later Temporary Visitor entry (C5.2(1)(b), C5.3)', () => {
    const r = result({ wish: 'leave', stage: 'under_investigation' });
    expect(r.route).toBe('departure_order');
    expect(r.departureOrder).toEqual({ entry: 'during_investigation', landingBanYears: 1, temporaryVisitorBanYears: 5 });
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
    [{ stage: 'detained' }, ['procedure_already_advanced']],
    [{ stage: 'provisional_release' }, ['procedure_already_advanced']],
    [{ stage: 'supervision' }, ['procedure_already_advanced']],
    [{ situation: 'illegal_entry', previouslyDeportedOrOrdered: true, stage: 'detained' }, ['not_overstay_only', 'previously_deported_or_ordered', 'procedure_already_advanced']],
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

  it('only the stage stands in the way → ask the office whether a departure order is still possible', () => {
    expect(result({ wish: 'leave', stage: 'detained' }).nextSteps).toContain('ask_office_departure_order_timing');
    expect(result({ wish: 'leave', stage: 'detained', previouslyDeportedOrOrdered: true }).nextSteps).not.toContain('ask_office_departure_order_timing');
    expect(result({ wish: 'leave', stage: 'supervision' }).nextSteps).toContain('keep_release_conditions');
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
  for (const code of ['married_japanese_or_spr', 'married_pr_or_ltr', 'raising_child_of_japanese', 'children_schooled_in_japan', 'serious_illness', 'stateless', 'reported_voluntarily', 'long_residence', 'third_party_support'] as const) {
    it(`in favour: ${code} is echoed`, () => {
      const r = result({ stage: 'detained', inFavour: [code] });
      expect(r.inFavour).toEqual([code]);
      expect(r.against).toEqual([]);
    });
  }
  for (const code of ['illegal_entry_or_forgery', 'document_fraud', 'illegal_work_facilitation', 'absconded_from_release', 'repeat_violation', 'sham_marriage', 'long_illegal_stay', 'drug_offence'] as const) {
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
    const r = result({ inFavour: ['stateless', 'married_japanese_or_spr', 'stateless'], against: ['drug_offence', 'document_fraud'], situation: 'illegal_entry' });
    expect(r.inFavour).toEqual(['married_japanese_or_spr', 'stateless']);
    expect(r.against).toEqual(['illegal_entry_or_forgery', 'document_fraud', 'drug_offence']);
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
  it.each(['under_investigation', 'detained', 'provisional_release', 'supervision', 'deportation_order_issued'] as const)('valid status with stage %s', (stage) => {
    expect(errorsOf(assessSps({ ...base, situation: 'valid_status', stage }))).toEqual([{ field: 'stage', code: 'valid_status_but_procedure_stage' }]);
  });
  it.each(['married_japanese_or_spr', 'married_pr_or_ltr'] as const)('%s with sham_marriage', (married) => {
    expect(errorsOf(assessSps({ ...base, inFavour: [married], against: ['sham_marriage'] }))).toEqual([{ field: 'against', code: 'sham_and_genuine_marriage' }]);
  });
  it('both marriages with sham_marriage is still one contradiction', () => {
    expect(errorsOf(assessSps({ ...base, inFavour: ['married_japanese_or_spr', 'married_pr_or_ltr'], against: ['sham_marriage'] }))).toHaveLength(1);
  });
  it('listed crime with no sentence at all', () => {
    expect(errorsOf(assessSps({ ...base, wish: 'leave', listedCrimeConviction: true, sentence: 'none' }))).toEqual([{ field: 'listedCrimeConviction', code: 'listed_crime_without_sentence' }]);
  });
  it('reported voluntarily with no contact yet', () => {
    expect(errorsOf(assessSps({ ...base, stage: 'no_contact', inFavour: ['reported_voluntarily'] }))).toEqual([{ field: 'inFavour', code: 'reported_voluntarily_but_no_contact' }]);
  });
  it('several contradictions give several errors', () => {
    expect(errorsOf(assessSps({ ...base, inFavour: ['reported_voluntarily', 'married_pr_or_ltr'], against: ['sham_marriage'] }))).toHaveLength(2);
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
