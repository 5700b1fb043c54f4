// The rules added for issue 11, each at its boundaries: a trip already begun (F0), a permit
// already held, a new permit counted from today (A4.1a, F7), 28 February before a leap year (G6),
// the special period ending on a decision (D7a), refugee travel documents (D8, D14), the sixth
// exclusion (B3), permanent residents' cards (D5, D5a), the departure order (C5) and bad input.
import { describe, expect, it } from 'vitest';
import { assessReentry, type ReentryAnswers, type ReentryOutcome } from '../../../widgets/reentry/assess.ts';
import { answers, rawAnswers } from './fixtures.ts';

function expectKind<K extends ReentryOutcome['kind']>(outcome: ReentryOutcome, kind: K) {
  expect(outcome.kind, JSON.stringify(outcome)).toBe(kind);
  return outcome as Extract<ReentryOutcome, { kind: K }>;
}

const today = '2026-12-03';
const pr = { residence: 'permanent_resident' as const, stayExpiry: null, today };
const errorsOf = (a: Record<string, unknown>) => expectKind(assessReentry(rawAnswers(a)), 'invalid').errors;

describe('F0: already abroad (departure before today)', () => {
  it("the issue's case: a permanent resident who left on 2026-03-01 without a permit and plans 2027-05-01", () => {
    const o = expectKind(assessReentry(answers({ ...pr, departure: '2026-03-01', plannedReturn: '2027-05-01' })), 'abroad');
    expect(o).toMatchObject({ returnBy: '2027-03-01', onTime: false, via: 'special_reentry' });
    expect(o.reasons.slice(0, 3)).toEqual(['abroad_inferred', 'abroad_late_status_lost', 'abroad_left_on_special_reentry']);
    expect(o.reasons).toContain('no_extension_abroad');
    expect(o.reasons).toContain('pr_card_expired_abroad');
    expect(o.reasons).not.toContain('permit_before_departure');
  });
  it('departure yesterday: abroad; today or tomorrow: not abroad', () => {
    const yesterday = expectKind(assessReentry(answers({ ...pr, departure: '2026-12-02', plannedReturn: '2026-12-20' })), 'abroad');
    expect(yesterday).toMatchObject({ returnBy: '2027-12-02', onTime: true, via: 'special_reentry' });
    expect(expectKind(assessReentry(answers({ ...pr, departure: '2026-12-03', plannedReturn: '2026-12-20' })), 'special_reentry').returnBy).toBe('2027-12-03');
    expect(expectKind(assessReentry(answers({ ...pr, departure: '2026-12-04', plannedReturn: '2026-12-20' })), 'special_reentry').returnBy).toBe('2027-12-04');
  });
  it('on time on the last day, late the day after', () => {
    const base = { ...pr, departure: '2026-03-01' };
    expect(expectKind(assessReentry(answers({ ...base, plannedReturn: '2027-03-01' })), 'abroad').onTime).toBe(true);
    expect(expectKind(assessReentry(answers({ ...base, plannedReturn: '2027-03-02' })), 'abroad').onTime).toBe(false);
  });
  it('special permanent residents: two years from departure, from abroad too (B4.2)', () => {
    const spr = { ...pr, residence: 'special_permanent_resident' as const, departure: '2025-06-10' };
    const on = expectKind(assessReentry(answers({ ...spr, plannedReturn: '2027-06-10' })), 'abroad');
    expect(on).toMatchObject({ returnBy: '2027-06-10', onTime: true, via: 'special_reentry' });
    expect(on.reasons).toContain('deadline_two_years_spr');
    expect(expectKind(assessReentry(answers({ ...spr, plannedReturn: '2027-06-11' })), 'abroad').onTime).toBe(false);
  });
  it('the special period caps special re-entry abroad, and a refusal ends it earlier (D7, D7a)', () => {
    const o = expectKind(
      assessReentry(answers({ today, pendingApplication: true, stayExpiry: '2026-12-31', departure: '2026-11-20', plannedReturn: '2027-01-10' })),
      'abroad',
    );
    expect(o).toMatchObject({ returnBy: '2027-02-28', onTime: true, via: 'special_reentry' });
    expect(o.reasons).toEqual(expect.arrayContaining(['capped_by_special_period', 'pending_special_period', 'pending_refusal_ends_period']));
  });
  it('left with a permit: its printed expiry governs, capped by the period of stay, extension abroad possible', () => {
    const base = { today, departure: '2026-06-01', plannedReturn: '2027-01-10', stayExpiry: '2028-03-31' };
    const before = expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'single', expires: '2028-03-30' } })), 'abroad');
    expect(before).toMatchObject({ returnBy: '2028-03-30', via: 'regular_permit', onTime: true });
    expect(before.reasons).toContain('extension_abroad_possible');
    expect(before.reasons).not.toContain('capped_by_period_of_stay');
    const on = expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'single', expires: '2028-03-31' } })), 'abroad');
    expect(on.returnBy).toBe('2028-03-31');
    const after = expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'multiple', expires: '2028-04-01' } })), 'abroad');
    expect(after.returnBy).toBe('2028-03-31');
    expect(after.reasons).toContain('capped_by_period_of_stay');
  });
  it('left with neither a permit nor special re-entry available: status ended at departure (A1.1)', () => {
    const o = expectKind(assessReentry(answers({ ...pr, departure: '2026-10-01', plannedReturn: '2026-12-20', exclusions: ['supervision_measures'] })), 'abroad');
    expect(o).toMatchObject({ via: 'none', onTime: false, returnBy: '2026-10-01' });
    expect(o.reasons).toEqual(['abroad_inferred', 'abroad_ask_what_happened', 'abroad_left_without_permission', 'excluded_supervision_measures']);
  });
});

describe('A4.1a / F7: a new permit counts from today, never from departure', () => {
  const base = { ...pr, departure: '2027-04-15' };
  it('five years from today, including today: day before, on and after the limit', () => {
    const o = expectKind(assessReentry(answers({ ...base, plannedReturn: '2031-12-02' })), 'regular_permit');
    expect(o.returnBy).toBe('2031-12-02');
    expect(o.dates).toMatchObject({ permitFrom: today, regularPermitLimit: '2031-12-02', today });
    expect(o.reasons).not.toContain('apply_closer_to_departure');
    expect(expectKind(assessReentry(answers({ ...base, plannedReturn: '2031-12-01' })), 'regular_permit').returnBy).toBe('2031-12-02');
    // Later than a permit granted today reaches, but one granted nearer departure would cover it.
    const later = expectKind(assessReentry(answers({ ...base, plannedReturn: '2031-12-03' })), 'regular_permit');
    expect(later.returnBy).toBe('2031-12-02');
    expect(later.reasons).toContain('apply_closer_to_departure');
  });
  it('too long only when even a permit granted on the departure day would not cover the return', () => {
    expectKind(assessReentry(answers({ ...base, plannedReturn: '2032-04-14' })), 'regular_permit');
    const o = expectKind(assessReentry(answers({ ...base, plannedReturn: '2032-04-15' })), 'too_long');
    expect(o.returnBy).toBe('2031-12-02');
  });
});

describe('a permit already held, trip not yet begun', () => {
  const base = { today, departure: '2027-01-10', plannedReturn: '2027-08-01', stayExpiry: '2028-03-31' };
  it('printed expiry before, on and after the end of the status', () => {
    const before = expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'multiple', expires: '2028-03-30' } })), 'regular_permit');
    expect(before).toMatchObject({ returnBy: '2028-03-30', permit: 'multiple' });
    expect(before.reasons[0]).toBe('held_permit_governs');
    expect(before.reasons).not.toContain('permit_fee');
    expect(expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'single', expires: '2028-03-31' } })), 'regular_permit').returnBy).toBe('2028-03-31');
    const after = expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'single', expires: '2028-04-01' } })), 'regular_permit');
    expect(after.returnBy).toBe('2028-03-31');
    expect(after.reasons).toContain('capped_by_period_of_stay');
  });
  it('a held permit is used even for a short trip that special re-entry would cover', () => {
    expectKind(assessReentry(answers({ ...base, plannedReturn: '2027-01-20', permitHeld: { permit: 'single', expires: '2027-06-30' } })), 'regular_permit');
  });
  it('a return after the printed expiry: too_long; after the status end: extend_stay_first', () => {
    const permitFirst = expectKind(assessReentry(answers({ ...base, plannedReturn: '2027-07-01', permitHeld: { permit: 'single', expires: '2027-06-30' } })), 'too_long');
    expect(permitFirst.returnBy).toBe('2027-06-30');
    expect(permitFirst.reasons[0]).toBe('held_permit_ends_before_return');
    const statusFirst = expectKind(assessReentry(answers({ ...base, plannedReturn: '2028-04-01', permitHeld: { permit: 'single', expires: '2028-06-30' } })), 'extend_stay_first');
    expect(statusFirst.returnBy).toBe('2028-03-31');
  });
});

describe('G6: 28 February before a leap year, the earlier reading', () => {
  const base = { residence: 'permanent_resident' as const, stayExpiry: null };
  it('2023-02-28 → 2024-02-28 (G1), not 2024-02-29 (G2), and says why', () => {
    const o = expectKind(assessReentry(answers({ ...base, departure: '2023-02-28', plannedReturn: '2024-02-28' })), 'special_reentry');
    expect(o.returnBy).toBe('2024-02-28');
    expect(o.reasons).toContain('earlier_reading_used');
    expectKind(assessReentry(answers({ ...base, departure: '2023-02-28', plannedReturn: '2024-02-29' })), 'regular_permit');
  });
  it('2024-02-28 (a leap year, before the leap day) → 2025-02-28: one reading, no explanation', () => {
    const o = expectKind(assessReentry(answers({ ...base, departure: '2024-02-28', plannedReturn: '2025-02-28' })), 'special_reentry');
    expect(o.reasons).not.toContain('earlier_reading_used');
  });
  it('2024-02-29 (the leap day itself) → 2025-02-28', () => {
    expect(expectKind(assessReentry(answers({ ...base, departure: '2024-02-29', plannedReturn: '2025-02-28' })), 'special_reentry').reasons).not.toContain('earlier_reading_used');
  });
  it('special permanent residents: 2026-02-28 → 2028-02-28, not 2028-02-29', () => {
    const o = expectKind(assessReentry(answers({ ...base, residence: 'special_permanent_resident', departure: '2026-02-28', plannedReturn: '2028-02-28' })), 'special_reentry');
    expect(o.returnBy).toBe('2028-02-28');
    expect(o.reasons).toContain('earlier_reading_used');
  });
  it('abroad too', () => {
    const o = expectKind(assessReentry(answers({ ...base, today: '2026-12-03', departure: '2026-02-28', plannedReturn: '2027-02-28', residence: 'special_permanent_resident' })), 'abroad');
    expect(o.returnBy).toBe('2028-02-28');
  });
});

describe('other rules of issue 11', () => {
  it('B3 item 4: supervision measures exclude special re-entry', () => {
    const o = expectKind(assessReentry(answers({ exclusions: ['supervision_measures'] })), 'regular_permit');
    expect(o.reasons[0]).toBe('excluded_supervision_measures');
  });
  it('D8: a refugee travel document has its own outcome, abroad or not, whatever else was answered', () => {
    const o = expectKind(assessReentry(rawAnswers({ refugeeTravelDocument: true, hasValidPassport: false, hasCard: 'x', exclusions: 'y', trips: 3, permitHeld: 'z' })), 'refugee_travel_document');
    expect(o.reasons).toEqual(['rtd_no_permit_needed', 'rtd_validity_and_deadline', 'rtd_apply_before', 'rtd_abroad_extension']);
    const late = expectKind(assessReentry(answers({ refugeeTravelDocument: true, hasValidPassport: false, plannedReturn: '2029-07-01' })), 'refugee_travel_document');
    expect(late.reasons).toContain('rtd_extend_stay_first');
    const abroad = expectKind(assessReentry(answers({ refugeeTravelDocument: true, hasValidPassport: false, today: '2026-05-01' })), 'refugee_travel_document');
    expect(abroad.reasons).not.toContain('rtd_apply_before');
  });
  it('D14: no passport and no refugee travel document (complementary protection): a regular permit as a separate document', () => {
    const o = expectKind(assessReentry(answers({ hasValidPassport: false, refugeeTravelDocument: false })), 'regular_permit');
    expect(o.reasons).toContain('permit_document_without_passport');
  });
  it('F1 / C5: no status points to SPS and to the departure order', () => {
    expect(expectKind(assessReentry(rawAnswers({ residence: 'no_status' })), 'no_status').reasons).toContain('departure_order_route');
  });
  it('F8 / D5: permanent residents are told to renew a card that expires during the trip', () => {
    expect(expectKind(assessReentry(answers({ ...pr, departure: '2027-01-10', plannedReturn: '2027-02-10' })), 'special_reentry').reasons).toContain('pr_card_renew_early');
    expect(expectKind(assessReentry(answers({ today, departure: '2027-01-10', plannedReturn: '2027-02-10' })), 'special_reentry').reasons).not.toContain('pr_card_renew_early');
  });
  it('trips is not asked abroad or with a permit held, so a missing answer is no error', () => {
    expectKind(assessReentry(rawAnswers({ ...pr, departure: '2026-03-01', plannedReturn: '2027-01-01', trips: undefined })), 'abroad');
    expectKind(assessReentry(rawAnswers({ today, departure: '2027-01-10', plannedReturn: '2027-02-10', permitHeld: { permit: 'single', expires: '2027-06-30' }, trips: undefined })), 'regular_permit');
    expect(errorsOf({ today, departure: '2027-01-10', plannedReturn: '2027-02-10', trips: undefined })).toEqual([{ field: 'trips', code: 'required' }]);
  });
});

describe('bad input for the new answers, each naming its field', () => {
  it('today', () => {
    expect(errorsOf({ today: '2026-02-30' })).toEqual([{ field: 'today', code: 'impossible_date' }]);
    expect(errorsOf({ today: 'now' })).toEqual([{ field: 'today', code: 'invalid_date' }]);
  });
  it('refugeeTravelDocument must be yes or no when given', () => {
    expect(errorsOf({ refugeeTravelDocument: 'yes' })).toEqual([{ field: 'refugeeTravelDocument', code: 'required' }]);
  });
  it('a held permit: kind, expiry missing or impossible', () => {
    expect(errorsOf({ permitHeld: { permit: 'double', expires: '2027-01-01' } })).toEqual([{ field: 'permitHeld', code: 'invalid_choice' }]);
    expect(errorsOf({ permitHeld: { permit: 'single', expires: '' } })).toEqual([{ field: 'permitHeld', code: 'permit_expiry_required' }]);
    expect(errorsOf({ permitHeld: { permit: 'single', expires: '2027-02-30' } })).toEqual([{ field: 'permitHeld', code: 'impossible_date' }]);
    expect(errorsOf({ permitHeld: 'single' })).toEqual([{ field: 'permitHeld', code: 'invalid_choice' }]);
  });
  it('a held permit that expired before the departure: day before is refused, the departure day itself is fine', () => {
    expect(errorsOf({ permitHeld: { permit: 'single', expires: '2026-04-09' }, plannedReturn: '2026-04-10' })).toEqual([{ field: 'permitHeld', code: 'permit_expired_before_departure' }]);
    expectKind(assessReentry(answers({ permitHeld: { permit: 'single', expires: '2026-04-10' }, plannedReturn: '2026-04-10' })), 'regular_permit');
  });
  it('a printed expiry later than any permit granted by today can reach', () => {
    const base = { ...pr, departure: '2027-01-10', plannedReturn: '2027-02-01' };
    expectKind(assessReentry(answers({ ...base, permitHeld: { permit: 'single', expires: '2031-12-02' } })), 'regular_permit');
    expect(errorsOf({ ...base, permitHeld: { permit: 'single', expires: '2031-12-03' } })).toEqual([{ field: 'permitHeld', code: 'permit_expiry_too_late' }]);
  });
  it('abroad: a planned return before today (today itself is fine)', () => {
    expect(errorsOf({ ...pr, departure: '2026-11-01', plannedReturn: '2026-12-02' })).toEqual([{ field: 'plannedReturn', code: 'return_before_today' }]);
    expectKind(assessReentry(answers({ ...pr, departure: '2026-11-01', plannedReturn: '2026-12-03' })), 'abroad');
  });
  it('abroad past the deadline: the departure (or the permit) is named', () => {
    // Left 2025-12-02: the last day was 2026-12-02, yesterday.
    expect(errorsOf({ ...pr, departure: '2025-12-02', plannedReturn: '2026-12-20' })).toEqual([{ field: 'departure', code: 'deadline_passed' }]);
    expectKind(assessReentry(answers({ ...pr, departure: '2025-12-03', plannedReturn: '2026-12-03' })), 'abroad');
    expect(errorsOf({ ...pr, departure: '2025-01-10', plannedReturn: '2026-12-20', permitHeld: { permit: 'single', expires: '2026-12-02' } })).toEqual([
      { field: 'permitHeld', code: 'deadline_passed' },
    ]);
  });
  it('a departure so far ahead that special re-entry would run past what a permit granted today reaches', () => {
    expectKind(assessReentry(answers({ ...pr, departure: '2030-12-02', plannedReturn: '2030-12-04' })), 'special_reentry');
    expect(errorsOf({ ...pr, departure: '2030-12-03', plannedReturn: '2030-12-05' })).toEqual([{ field: 'departure', code: 'departure_too_far_ahead' }]);
  });
});
