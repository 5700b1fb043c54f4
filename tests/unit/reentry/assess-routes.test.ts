// One describe per rule of facts.md F1–F8 / G1–G4, with the boundary days around each deadline.
import { describe, expect, it } from 'vitest';
import { assessReentry, type ReentryOutcome } from '../../../widgets/reentry/assess.ts';
import { answers, rawAnswers } from './fixtures.ts';

function expectKind<K extends ReentryOutcome['kind']>(outcome: ReentryOutcome, kind: K) {
  expect(outcome.kind, JSON.stringify(outcome)).toBe(kind);
  return outcome as Extract<ReentryOutcome, { kind: K }>;
}

describe('F1: no status of residence', () => {
  it('routes to Special Permission to Stay without asking for anything else', () => {
    expect(assessReentry(rawAnswers({ residence: 'no_status', departure: undefined, plannedReturn: 'x', trips: 7 }))).toEqual({
      kind: 'no_status',
      reasons: ['no_status_of_residence', 'special_permission_route', 'departure_order_route'],
    });
  });
});

describe('F6 / G1 / G2: special re-entry within one year of departure', () => {
  it('gives the full reason list for a plain trip', () => {
    const o = expectKind(assessReentry(answers()), 'special_reentry');
    expect(o.returnBy).toBe('2027-04-10');
    expect(o.reasons).toEqual([
      'eligible_special_reentry',
      'deadline_one_year',
      'deadline_counting_rule',
      'declare_at_departure',
      'keep_card',
      'no_extension_abroad',
      'consider_regular_permit',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
    expect(o.dates).toEqual({
      departure: '2026-04-10',
      plannedReturn: '2026-08-20',
      statusEnd: '2029-06-30',
      specialReentryLimit: '2027-04-10',
      // No `today`: a new permit is counted from the departure (the old behaviour).
      regularPermitLimit: '2031-04-09',
      permitFrom: '2026-04-10',
      today: null,
      permitExpires: null,
    });
  });
  it('day before and day of the one-year deadline: special re-entry', () => {
    expect(expectKind(assessReentry(answers({ plannedReturn: '2027-04-09' })), 'special_reentry').returnBy).toBe('2027-04-10');
    expect(expectKind(assessReentry(answers({ plannedReturn: '2027-04-10' })), 'special_reentry').returnBy).toBe('2027-04-10');
  });
  it('day after the one-year deadline: a regular permit, up to the period of stay', () => {
    const o = expectKind(assessReentry(answers({ plannedReturn: '2027-04-11' })), 'regular_permit');
    expect(o.returnBy).toBe('2029-06-30');
    expect(o.permit).toBe('single');
    expect(o.reasons).toEqual([
      'return_after_special_deadline',
      'permit_before_departure',
      'permit_max_five_years',
      'capped_by_period_of_stay',
      'printed_expiry_governs',
      'permit_single',
      'permit_fee',
      'extension_abroad_possible',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
  });
  it('G1 worked example: departed 2019-12-15, back on 2020-12-15 allowed, 2020-12-16 not', () => {
    const base = { residence: 'permanent_resident' as const, stayExpiry: null, departure: '2019-12-15' };
    expect(expectKind(assessReentry(answers({ ...base, plannedReturn: '2020-12-15' })), 'special_reentry').returnBy).toBe('2020-12-15');
    expectKind(assessReentry(answers({ ...base, plannedReturn: '2020-12-16' })), 'regular_permit');
  });
  it('leap days and month ends (G2; on 28 February before a leap year the earlier G1 date, G6)', () => {
    const pr = { residence: 'permanent_resident' as const, stayExpiry: null };
    const cases: Array<[string, string]> = [
      ['2024-02-29', '2025-02-28'],
      ['2023-02-28', '2024-02-28'],
      ['2024-02-28', '2025-02-28'],
      ['2026-01-31', '2027-01-31'],
      ['2026-12-31', '2027-12-31'],
      ['2027-02-28', '2028-02-28'],
    ];
    for (const [departure, deadline] of cases) {
      const on = expectKind(assessReentry(answers({ ...pr, departure, plannedReturn: deadline })), 'special_reentry');
      expect(on.returnBy).toBe(deadline);
      const after = assessReentry(answers({ ...pr, departure, plannedReturn: nextDay(deadline) }));
      expect(after.kind).toBe('regular_permit');
    }
  });
  it('a same-day return is a valid trip', () => {
    expect(expectKind(assessReentry(answers({ plannedReturn: '2026-04-10' })), 'special_reentry').returnBy).toBe('2027-04-10');
  });
  it('permanent residents: stayExpiry is ignored, even if garbage', () => {
    const o = assessReentry(rawAnswers({ residence: 'permanent_resident', stayExpiry: '2020-01-01', pendingApplication: 'x' }));
    expect(expectKind(o, 'special_reentry').returnBy).toBe('2027-04-10');
    expect(expectKind(o, 'special_reentry').dates.statusEnd).toBe(null);
  });
});

describe('B4.2 / D6: special permanent residents have two years', () => {
  const spr = { residence: 'special_permanent_resident' as const, stayExpiry: null };
  it('day of and day after the two-year deadline', () => {
    const on = expectKind(assessReentry(answers({ ...spr, plannedReturn: '2028-04-10' })), 'special_reentry');
    expect(on.returnBy).toBe('2028-04-10');
    expect(on.reasons.slice(0, 2)).toEqual(['eligible_special_reentry', 'deadline_two_years_spr']);
    expect(expectKind(assessReentry(answers({ ...spr, plannedReturn: '2028-04-09' })), 'special_reentry').returnBy).toBe('2028-04-10');
    const after = expectKind(assessReentry(answers({ ...spr, plannedReturn: '2028-04-11' })), 'regular_permit');
    expect(after.returnBy).toBe('2032-04-09');
    expect(after.reasons).toContain('permit_max_six_years_spr');
    expect(after.reasons).not.toContain('capped_by_period_of_stay');
  });
  it('an old expiry date typed by mistake cannot shorten an SPR deadline', () => {
    expect(expectKind(assessReentry(answers({ ...spr, stayExpiry: '2026-05-01' })), 'special_reentry').returnBy).toBe('2028-04-10');
  });
  it('leap day departure', () => {
    expect(expectKind(assessReentry(answers({ ...spr, departure: '2024-02-29', plannedReturn: '2026-02-28' })), 'special_reentry').returnBy).toBe('2026-02-28');
    expectKind(assessReentry(answers({ ...spr, departure: '2024-02-29', plannedReturn: '2026-03-01' })), 'regular_permit');
  });
  it('without the SPR certificate: regular permit, and the reason names the certificate', () => {
    const o = expectKind(assessReentry(answers({ ...spr, hasCard: false })), 'regular_permit');
    expect(o.reasons[0]).toBe('no_certificate_spr');
  });
});

describe('G3 / G4: the period of stay caps special re-entry', () => {
  it('expiry before the one-year date: day before, on and after the expiry', () => {
    const a = { stayExpiry: '2026-10-31' };
    const before = expectKind(assessReentry(answers({ ...a, plannedReturn: '2026-10-30' })), 'special_reentry');
    expect(before.returnBy).toBe('2026-10-31');
    expect(before.reasons).toContain('capped_by_period_of_stay');
    expect(before.reasons).toContain('expiry_day_counts');
    expect(expectKind(assessReentry(answers({ ...a, plannedReturn: '2026-10-31' })), 'special_reentry').returnBy).toBe('2026-10-31');
    const after = expectKind(assessReentry(answers({ ...a, plannedReturn: '2026-11-01' })), 'extend_stay_first');
    expect(after.returnBy).toBe('2026-10-31');
  });
  it('expiry after the one-year date: the one-year date wins, no cap reason', () => {
    const o = expectKind(assessReentry(answers({ stayExpiry: '2027-06-30', plannedReturn: '2027-04-10' })), 'special_reentry');
    expect(o.returnBy).toBe('2027-04-10');
    expect(o.reasons).not.toContain('capped_by_period_of_stay');
  });
  it('expiry on the one-year date itself is not a cap; the day before is', () => {
    expect(assessReentry(answers({ stayExpiry: '2027-04-10' }))).toMatchObject({ returnBy: '2027-04-10' });
    expect((assessReentry(answers({ stayExpiry: '2027-04-10' })) as { reasons: string[] }).reasons).not.toContain('capped_by_period_of_stay');
    const capped = expectKind(assessReentry(answers({ stayExpiry: '2027-04-09' })), 'special_reentry');
    expect(capped.returnBy).toBe('2027-04-09');
    expect(capped.reasons).toContain('capped_by_period_of_stay');
  });
  it('expiry on the departure day: only a same-day return keeps the status', () => {
    const a = { stayExpiry: '2026-04-10', plannedReturn: '2026-04-10' };
    expect(expectKind(assessReentry(answers(a)), 'special_reentry').returnBy).toBe('2026-04-10');
    expect(expectKind(assessReentry(answers({ ...a, plannedReturn: '2026-04-11' })), 'extend_stay_first').returnBy).toBe('2026-04-10');
  });
});

describe('F5: return after the period of stay → extend first', () => {
  it('explains why and gives the last day of the status', () => {
    const o = expectKind(assessReentry(answers({ stayExpiry: '2026-06-30', plannedReturn: '2026-07-01' })), 'extend_stay_first');
    expect(o.returnBy).toBe('2026-06-30');
    expect(o.reasons).toEqual([
      'return_after_period_of_stay',
      'expiry_day_counts',
      'extend_stay_in_japan',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
  });
  it('applies even to people who could not use special re-entry anyway', () => {
    const o = assessReentry(answers({ exclusions: ['detention_order'], stayExpiry: '2026-06-30', plannedReturn: '2026-12-01' }));
    expect(expectKind(o, 'extend_stay_first').returnBy).toBe('2026-06-30');
  });
  it('temporary visitors too', () => {
    const o = assessReentry(answers({ residence: 'temporary_visitor', stayExpiry: '2026-05-01', plannedReturn: '2026-05-02' }));
    expect(expectKind(o, 'extend_stay_first').returnBy).toBe('2026-05-01');
  });
});

describe('B4.3 / D7: pending extension or change ("special period")', () => {
  const pending = { pendingApplication: true, stayExpiry: '2026-12-31', departure: '2026-12-01' };
  it('status runs until expiry + 2 months, clamped to the month end (2026-12-31 → 2027-02-28)', () => {
    const on = expectKind(assessReentry(answers({ ...pending, plannedReturn: '2027-02-28' })), 'special_reentry');
    expect(on.returnBy).toBe('2027-02-28');
    expect(on.dates.statusEnd).toBe('2027-02-28');
    expect(on.reasons).toEqual([
      'eligible_special_reentry',
      'deadline_one_year',
      'deadline_counting_rule',
      'capped_by_special_period',
      'expiry_day_counts',
      'pending_special_period',
      'pending_refusal_ends_period',
      'pending_collect_result',
      'declare_at_departure',
      'keep_card',
      'no_extension_abroad',
      'consider_regular_permit',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
    expect(expectKind(assessReentry(answers({ ...pending, plannedReturn: '2027-02-27' })), 'special_reentry').returnBy).toBe('2027-02-28');
    const after = expectKind(assessReentry(answers({ ...pending, plannedReturn: '2027-03-01' })), 'extend_stay_first');
    expect(after.returnBy).toBe('2027-02-28');
    expect(after.reasons).toEqual([
      'return_after_period_of_stay',
      'pending_special_period',
      'pending_refusal_ends_period',
      'pending_collect_result',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
  });
  it('uses the earliest reading of "2 months after" (2027-02-28 → 2027-04-28, 2026-08-31 → 2026-10-31)', () => {
    const a = expectKind(assessReentry(answers({ pendingApplication: true, stayExpiry: '2027-02-28', departure: '2027-02-01', plannedReturn: '2027-03-01' })), 'special_reentry');
    expect(a.returnBy).toBe('2027-04-28');
    const b = expectKind(assessReentry(answers({ pendingApplication: true, stayExpiry: '2026-08-31', departure: '2026-08-01', plannedReturn: '2026-09-01' })), 'special_reentry');
    expect(b.returnBy).toBe('2026-10-31');
  });
  it('the one-year limit still wins when it comes first', () => {
    const o = expectKind(assessReentry(answers({ pendingApplication: true, stayExpiry: '2028-01-31', plannedReturn: '2027-04-10' })), 'special_reentry');
    expect(o.returnBy).toBe('2027-04-10');
    expect(o.reasons).not.toContain('capped_by_special_period');
    expect(o.reasons).toContain('pending_special_period');
  });
  it('departing during the special period is valid; after it, not', () => {
    expect(expectKind(assessReentry(answers({ ...pending, departure: '2027-01-15', plannedReturn: '2027-02-01' })), 'special_reentry').returnBy).toBe('2027-02-28');
    expect(assessReentry(answers({ ...pending, departure: '2027-02-28', plannedReturn: '2027-02-28' })).kind).toBe('special_reentry');
    expect(assessReentry(answers({ ...pending, departure: '2027-03-01', plannedReturn: '2027-03-02' }))).toEqual({
      kind: 'invalid',
      errors: [{ field: 'stayExpiry', code: 'special_period_ended_before_departure' }],
    });
  });
  it('A3.3: a regular permit in the special period is single even for several trips', () => {
    const inPeriod = expectKind(
      assessReentry(answers({ ...pending, departure: '2027-01-15', plannedReturn: '2027-02-01', trips: 'several', exclusions: ['designated_by_minister'] })),
      'regular_permit',
    );
    expect(inPeriod.permit).toBe('single');
    expect(inPeriod.returnBy).toBe('2027-02-28');
    expect(inPeriod.reasons).toContain('pending_single_permit_practice');
    expect(inPeriod.reasons).toContain('capped_by_special_period');
    const beforeExpiry = expectKind(
      assessReentry(answers({ ...pending, plannedReturn: '2027-02-01', trips: 'several', exclusions: ['designated_by_minister'] })),
      'regular_permit',
    );
    expect(beforeExpiry.permit).toBe('multiple');
    expect(beforeExpiry.reasons).toContain('pending_single_permit_practice');
  });
});

describe('F2–F4 / B2 / B3: who cannot use special re-entry', () => {
  const exclusionCases = [
    'revocation_in_progress',
    'departure_confirmation_deferred',
    'detention_order',
    'refugee_applicant_designated_activities',
    'designated_by_minister',
  ] as const;
  it.each(exclusionCases)('exclusion %s → regular permit with excluded_%s', (kind) => {
    const o = expectKind(assessReentry(answers({ exclusions: [kind] })), 'regular_permit');
    expect(o.reasons[0]).toBe(`excluded_${kind}`);
    expect(o.reasons).not.toContain('return_after_special_deadline');
    expect(o.returnBy).toBe('2029-06-30');
  });
  it('several exclusions are listed in the official order, whatever order they were ticked in', () => {
    const o = expectKind(assessReentry(answers({ exclusions: ['designated_by_minister', 'revocation_in_progress', 'designated_by_minister'] })), 'regular_permit');
    expect(o.reasons.slice(0, 3)).toEqual(['excluded_revocation_in_progress', 'excluded_designated_by_minister', 'permit_before_departure']);
  });
  it('temporary visitors: regular permit capped at their period of stay; card and exclusions ignored', () => {
    const o = expectKind(
      assessReentry(rawAnswers({ residence: 'temporary_visitor', stayExpiry: '2026-06-30', departure: '2026-05-01', plannedReturn: '2026-05-20', hasCard: 'garbage', exclusions: 'garbage' })),
      'regular_permit',
    );
    expect(o.returnBy).toBe('2026-06-30');
    expect(o.reasons.slice(0, 2)).toEqual(['excluded_temporary_visitor', 'permit_before_departure']);
  });
  it('a period of stay of 3 months or less', () => {
    const o = expectKind(assessReentry(answers({ residence: 'stay_3_months_or_less', stayExpiry: '2026-06-30', plannedReturn: '2026-05-20' })), 'regular_permit');
    expect(o.reasons[0]).toBe('excluded_short_stay');
    expect(o.returnBy).toBe('2026-06-30');
  });
  it('no valid passport (e.g. only a refugee travel document): regular permit as a separate document', () => {
    const o = expectKind(assessReentry(answers({ hasValidPassport: false })), 'regular_permit');
    expect(o.reasons[0]).toBe('no_valid_passport');
    expect(o.reasons).toContain('permit_document_without_passport');
  });
  it('no residence card', () => {
    const o = expectKind(assessReentry(answers({ hasCard: false })), 'regular_permit');
    expect(o.reasons[0]).toBe('no_card');
  });
  it('every blocker is listed at once', () => {
    const o = expectKind(assessReentry(answers({ hasCard: false, hasValidPassport: false, exclusions: ['detention_order'], plannedReturn: '2027-05-01' })), 'regular_permit');
    expect(o.reasons.slice(0, 4)).toEqual(['excluded_detention_order', 'no_valid_passport', 'no_card', 'return_after_special_deadline']);
  });
});

describe('F7 / A3 / A4: the regular permit', () => {
  const pr = { residence: 'permanent_resident' as const, stayExpiry: null };
  it('single for one trip, multiple for several', () => {
    expect(expectKind(assessReentry(answers({ hasCard: false, trips: 'one' })), 'regular_permit').permit).toBe('single');
    const several = expectKind(assessReentry(answers({ hasCard: false, trips: 'several' })), 'regular_permit');
    expect(several.permit).toBe('multiple');
    expect(several.reasons).toContain('permit_multiple');
    expect(several.reasons).not.toContain('permit_single');
  });
  it('five years including the day it takes effect: day before, on and after the limit', () => {
    expect(expectKind(assessReentry(answers({ ...pr, plannedReturn: '2031-04-08' })), 'regular_permit').returnBy).toBe('2031-04-09');
    const on = expectKind(assessReentry(answers({ ...pr, plannedReturn: '2031-04-09' })), 'regular_permit');
    expect(on.returnBy).toBe('2031-04-09');
    expect(on.reasons).toContain('printed_expiry_governs');
    expect(expectKind(assessReentry(answers({ ...pr, plannedReturn: '2031-04-10' })), 'too_long').returnBy).toBe('2031-04-09');
  });
  it('leap-day departure: the five years end on 28 February', () => {
    expect(expectKind(assessReentry(answers({ ...pr, departure: '2024-02-29', plannedReturn: '2029-02-28' })), 'regular_permit').returnBy).toBe('2029-02-28');
    expectKind(assessReentry(answers({ ...pr, departure: '2024-02-29', plannedReturn: '2029-03-01' })), 'too_long');
  });
  it('never past the period of stay', () => {
    const o = expectKind(assessReentry(answers({ stayExpiry: '2027-09-30', plannedReturn: '2027-09-30' })), 'regular_permit');
    expect(o.returnBy).toBe('2027-09-30');
    expect(o.reasons).toContain('capped_by_period_of_stay');
  });
});

describe('A4 / A8: longer than any permit', () => {
  it('too_long with the limits of extension abroad', () => {
    const o = expectKind(assessReentry(answers({ residence: 'permanent_resident', stayExpiry: null, plannedReturn: '2032-01-01' })), 'too_long');
    expect(o.returnBy).toBe('2031-04-09');
    expect(o.reasons).toEqual([
      'too_long_no_permit_covers',
      'permit_max_five_years',
      'extension_abroad_limits',
      'printed_expiry_governs',
      'status_lost_if_late',
      'card_return_14_days',
    ]);
  });
  it('special permanent residents: six years', () => {
    const spr = { residence: 'special_permanent_resident' as const, stayExpiry: null };
    expect(expectKind(assessReentry(answers({ ...spr, plannedReturn: '2032-04-09' })), 'regular_permit').returnBy).toBe('2032-04-09');
    const o = expectKind(assessReentry(answers({ ...spr, plannedReturn: '2032-04-10' })), 'too_long');
    expect(o.returnBy).toBe('2032-04-09');
    expect(o.reasons[1]).toBe('permit_max_six_years_spr');
  });
  it('with a period of stay: returnBy is the expiry and both problems are named', () => {
    const o = expectKind(assessReentry(answers({ stayExpiry: '2029-06-30', plannedReturn: '2033-01-01' })), 'too_long');
    expect(o.returnBy).toBe('2029-06-30');
    expect(o.reasons.slice(0, 4)).toEqual([
      'too_long_no_permit_covers',
      'permit_max_five_years',
      'capped_by_period_of_stay',
      'return_after_period_of_stay',
    ]);
  });
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
