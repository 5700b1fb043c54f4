// Properties of the rules that depend on today and on a permit already held (issue 11): the date
// to be back by never exceeds a held permit's printed expiry, the end of the status, or what a
// permit granted by today can reach. FC_RUNS cases per property (default 1000).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessReentry, exclusionKinds, residences, type ReentryAnswers } from '../../../widgets/reentry/assess.ts';
import { addDays, addMonths, compareDates, validityEndInYears } from '../../../widgets/kit/calendar-date.ts';
import { numRuns } from './fixtures.ts';

const day = (from: string, min: number, max: number) => fc.integer({ min, max }).map((n) => addDays(from, n));

// today from 2013 to about 2040; departures from 3 years before to 5 years after it.
const answersArb: fc.Arbitrary<ReentryAnswers> = day('2013-01-01', 0, 10_000).chain((today) =>
  day(today, -1_100, 1_900).chain((departure) =>
    fc.record({
      residence: fc.constantFrom(...residences.filter((r) => r !== 'no_status')),
      hasValidPassport: fc.boolean(),
      hasCard: fc.boolean(),
      exclusions: fc.subarray([...exclusionKinds]),
      stayExpiry: fc.oneof(day(departure, -40, 2_600), fc.constant(null)),
      pendingApplication: fc.boolean(),
      departure: fc.constant(departure),
      plannedReturn: day(departure, 0, 2_600),
      trips: fc.constantFrom('one' as const, 'several' as const),
      today: fc.constant(today),
      permitHeld: fc.oneof(
        fc.constant(null),
        fc.record({ permit: fc.constantFrom('single' as const, 'multiple' as const), expires: day(departure, -30, 2_600) }),
      ),
      refugeeTravelDocument: fc.boolean(),
    }),
  ),
);

const spr = (a: ReentryAnswers) => a.residence === 'special_permanent_resident';
const statusEndOf = (a: ReentryAnswers) =>
  ['permanent_resident', 'special_permanent_resident'].includes(a.residence) || a.stayExpiry === null
    ? null
    : a.pendingApplication
      ? addMonths(a.stayExpiry, 2)
      : a.stayExpiry;

function dated(a: ReentryAnswers) {
  const o = assessReentry(a);
  return 'returnBy' in o ? o : null;
}

describe('returnBy bounds with today and permits held', () => {
  it("never after a held permit's printed expiry (unless the trip is abroad without it)", () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = dated(a);
        if (!o || !a.permitHeld || a.refugeeTravelDocument) return;
        expect(compareDates(o.returnBy, a.permitHeld.expires)).toBeLessThanOrEqual(0);
      }),
      { numRuns },
    );
  });
  it('never after the end of the status', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = dated(a);
        const end = statusEndOf(a);
        if (o && end) expect(compareDates(o.returnBy, end)).toBeLessThanOrEqual(0);
      }),
      { numRuns },
    );
  });
  it('never more than 5 (SPR 6) years from today for a trip not begun; abroad, never past the 6 (7)-year total of extensions', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = dated(a);
        if (!o) return;
        const years = o.kind === 'abroad' ? (spr(a) ? 7 : 6) : spr(a) ? 6 : 5;
        expect(compareDates(o.returnBy, validityEndInYears(a.today!, years))).toBeLessThanOrEqual(0);
      }),
      { numRuns },
    );
  });
  it('abroad exactly when the departure is before today; onTime is plannedReturn <= returnBy', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = assessReentry(a);
        if (o.kind === 'invalid' || o.kind === 'refugee_travel_document') return;
        expect(o.kind === 'abroad').toBe(compareDates(a.departure, a.today!) < 0);
        if (o.kind === 'abroad') {
          expect(o.onTime).toBe(o.via !== 'none' && compareDates(a.plannedReturn, o.returnBy) <= 0);
          // A deadline already passed is reported as invalid, never as a date in the past.
          if (o.via !== 'none') expect(compareDates(o.returnBy, a.today!)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns },
    );
  });
  it('a refugee travel document always gets its own outcome (or an error), never a permit route', () => {
    fc.assert(
      fc.property(answersArb, (a) => {
        const o = assessReentry(a);
        if (a.refugeeTravelDocument) expect(['refugee_travel_document', 'invalid']).toContain(o.kind);
        else expect(o.kind).not.toBe('refugee_travel_document');
      }),
      { numRuns },
    );
  });
});
