// Properties that must hold for every input. Runs FC_RUNS cases (default 1000; CI sets 10000).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessReentry,
  exclusionKinds,
  residences,
  type ReentryAnswers,
} from '../../../widgets/reentry/assess.ts';
import { addDays, addMonths, compareDates, periodEndInYears } from '../../../widgets/kit/calendar-date.ts';
import { numRuns } from './fixtures.ts';

// Dates from 2012-07-09 to about 2040, so most answers are valid and reach the routing.
const date = fc.integer({ min: 0, max: 10_400 }).map((n) => addDays('2012-07-09', n));
const nearDate = (from: string) => fc.integer({ min: -40, max: 2_600 }).map((n) => addDays(from, n));

const validAnswers: fc.Arbitrary<ReentryAnswers> = date.chain((departure) =>
  fc.record({
    residence: fc.constantFrom(...residences.filter((r) => r !== 'no_status')),
    hasValidPassport: fc.boolean(),
    hasCard: fc.boolean(),
    exclusions: fc.subarray([...exclusionKinds]),
    stayExpiry: fc.oneof(nearDate(departure), fc.constant(null)),
    pendingApplication: fc.boolean(),
    departure: fc.constant(departure),
    plannedReturn: nearDate(departure),
    trips: fc.constantFrom('one' as const, 'several' as const),
  }),
);

// Garbage: any value in any field, including impossible dates and wrong types.
const garbageDate = fc.oneof(
  date,
  fc.string(),
  fc.constantFrom('2026-02-30', '2025-02-29', '0000-00-00', '9999-12-31', '', '2026-1-1'),
  fc.anything(),
);
const garbageAnswers = fc.oneof(
  fc.anything(),
  fc.record(
    {
      residence: fc.oneof(fc.constantFrom(...residences), fc.anything()),
      hasValidPassport: fc.anything(),
      hasCard: fc.anything(),
      exclusions: fc.oneof(fc.subarray([...exclusionKinds]), fc.array(fc.string()), fc.anything()),
      stayExpiry: garbageDate,
      pendingApplication: fc.anything(),
      departure: garbageDate,
      plannedReturn: garbageDate,
      trips: fc.oneof(fc.constantFrom('one', 'several'), fc.anything()),
    },
    { requiredKeys: [] },
  ),
);

function statusEndOf(a: ReentryAnswers): string | null {
  if (a.residence === 'permanent_resident' || a.residence === 'special_permanent_resident') return null;
  if (a.stayExpiry === null) return null;
  return a.pendingApplication ? addMonths(a.stayExpiry, 2) : a.stayExpiry;
}

describe('assessReentry properties', () => {
  it('never throws, whatever it is given, and invalid outcomes always name a field and code', () => {
    fc.assert(
      fc.property(garbageAnswers, (input) => {
        const outcome = assessReentry(input as ReentryAnswers);
        if (outcome.kind === 'invalid') {
          expect(outcome.errors.length).toBeGreaterThan(0);
          for (const e of outcome.errors) {
            expect(typeof e.field).toBe('string');
            expect(e.code).toMatch(/^[a-z_]+$/);
          }
          // One error per field at most: each problem is reported once.
          expect(new Set(outcome.errors.map((e) => e.field)).size).toBe(outcome.errors.length);
        } else {
          expect(outcome.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns },
    );
  });

  it('returnBy is never after the end of the status (expiry, or expiry + 2 months when pending)', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const outcome = assessReentry(a);
        if (outcome.kind === 'invalid' || outcome.kind === 'no_status' || outcome.kind === 'refugee_travel_document') return;
        const end = statusEndOf(a);
        if (end !== null) expect(compareDates(outcome.returnBy, end)).toBeLessThanOrEqual(0);
        // Nor ever before the departure: a deadline in the past would be meaningless.
        expect(compareDates(outcome.returnBy, a.departure)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns },
    );
  });

  it('special_reentry: returnBy within the 1-/2-year limit and on or after the planned return', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const outcome = assessReentry(a);
        if (outcome.kind !== 'special_reentry') return;
        const years = a.residence === 'special_permanent_resident' ? 2 : 1;
        expect(compareDates(outcome.returnBy, periodEndInYears(a.departure, years))).toBeLessThanOrEqual(0);
        expect(compareDates(a.plannedReturn, outcome.returnBy)).toBeLessThanOrEqual(0);
        expect(a.hasValidPassport).toBe(true);
        expect(['temporary_visitor', 'stay_3_months_or_less']).not.toContain(a.residence);
        expect(a.exclusions).toEqual([]);
      }),
      { numRuns },
    );
  });

  it('regular_permit covers the planned return; extend_stay_first and too_long do not', () => {
    fc.assert(
      fc.property(validAnswers, (a) => {
        const outcome = assessReentry(a);
        if (outcome.kind === 'regular_permit') {
          expect(compareDates(a.plannedReturn, outcome.returnBy)).toBeLessThanOrEqual(0);
          // Loose bound (6 years counted with the clamp): never more than an SPR's six years.
          expect(compareDates(outcome.returnBy, addMonths(a.departure, 72))).toBeLessThanOrEqual(0);
        }
        if (outcome.kind === 'extend_stay_first' || outcome.kind === 'too_long') {
          expect(compareDates(a.plannedReturn, outcome.returnBy)).toBeGreaterThan(0);
        }
      }),
      { numRuns },
    );
  });

  it('every reason code it can give has an explanation source (checked in reasons.test.ts)', () => {
    // Collected here so reasons.test.ts can compare against real outputs.
    fc.assert(
      fc.property(validAnswers, (a) => {
        const outcome = assessReentry(a);
        if ('reasons' in outcome) for (const r of outcome.reasons) expect(r).toMatch(/^[a-z0-9_]+$/);
      }),
      { numRuns },
    );
  });
});
