import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersToQuery, hasAnyAnswer, queryToAnswers, readQuery } from '../../../widgets/reentry/query.ts';
import { assessReentry, exclusionKinds, residences, type ReentryAnswers } from '../../../widgets/reentry/assess.ts';
import { baseAnswers, numRuns } from './fixtures.ts';

describe('answersToQuery', () => {
  it('writes short readable parameters in question order', () => {
    expect(answersToQuery(baseAnswers).toString()).toBe(
      'residence=mid_long_term&passport=yes&card=yes&ex=none&expiry=2029-06-30&pending=no&departure=2026-04-10&return=2026-08-20&permit=none&trips=one',
    );
  });
  it('repeats ex for several exclusions and leaves out what does not apply', () => {
    const q = answersToQuery({ ...baseAnswers, residence: 'permanent_resident', stayExpiry: null, exclusions: ['detention_order', 'designated_by_minister'] });
    expect(q.getAll('ex')).toEqual(['detention_order', 'designated_by_minister']);
    expect(q.has('expiry')).toBe(false);
    expect(q.has('pending')).toBe(false);
    expect(answersToQuery({ residence: 'no_status', departure: '2026-01-01' }).toString()).toBe('residence=no_status');
  });
  it('leaves out unanswered questions', () => {
    expect(answersToQuery({ hasCard: false }).toString()).toBe('card=no');
    expect(answersToQuery({}).toString()).toBe('');
  });
});

describe('queryToAnswers', () => {
  it('reads what answersToQuery wrote', () => {
    expect(queryToAnswers('?' + answersToQuery(baseAnswers).toString())).toEqual(baseAnswers);
  });
  it('reads the three date boxes a plain GET form sends, as people type them', () => {
    const draft = queryToAnswers('departure-year=２０２６&departure-month=4&departure-day=+10&return-year=2026&return-month=02&return-day=30');
    expect(draft.departure).toBe('2026-04-10');
    expect(draft.plannedReturn).toBeUndefined();
  });
  it('says why a date given could not be read, and leaves it out of the answers (readQuery)', () => {
    const boxes = readQuery('departure-year=2026&departure-month=2&departure-day=30&return-year=26&return-month=1&return-day=1&expiry-year=2027&expiry-month=1&expiry-day=31');
    expect(boxes.unreadable).toEqual({ departure: 'impossible_date', plannedReturn: 'invalid_date' });
    expect(boxes.answers).toEqual({ stayExpiry: '2027-01-31' });
    expect(readQuery('departure=2026-02-30&return=soon&expiry=').unreadable).toEqual({ departure: 'impossible_date', plannedReturn: 'invalid_date' });
    // Empty boxes are no answer, not a bad one.
    expect(readQuery('departure-year=&departure-month=&departure-day=').unreadable).toEqual({});
    // The expiry printed on a permit held is reported under the permit question.
    const permit = readQuery('permit=single&permit-expiry-year=2027&permit-expiry-month=2&permit-expiry-day=29');
    expect(permit.unreadable).toEqual({ permitHeld: 'impossible_date' });
    expect(permit.answers.permitHeld).toEqual({ permit: 'single', expires: '' });
    // A permanent resident has no period of stay: a bad expiry date there is not asked, so no reason either.
    expect(readQuery('residence=permanent_resident&expiry=2027-02-30').unreadable).toEqual({});
  });
  it('treats unknown values as unanswered', () => {
    expect(queryToAnswers('residence=alien&passport=maybe&ex=whatever&expiry=2026-02-30&trips=3&departure=tomorrow')).toEqual({});
  });
  it('a ticked exclusion wins over "none"', () => {
    expect(queryToAnswers('ex=none&ex=detention_order').exclusions).toEqual(['detention_order']);
    expect(queryToAnswers('ex=none').exclusions).toEqual([]);
    expect(queryToAnswers('').exclusions).toBeUndefined();
  });
  it('drops a period of stay for permanent residents', () => {
    expect(queryToAnswers('residence=permanent_resident&expiry=2027-01-01&pending=yes')).toEqual({ residence: 'permanent_resident', stayExpiry: null });
  });
  it('hasAnyAnswer', () => {
    expect(hasAnyAnswer('utm_source=x')).toBe(false);
    expect(hasAnyAnswer('trips=one')).toBe(true);
    expect(hasAnyAnswer(null)).toBe(false);
  });
  it('never throws on garbage and round-trips valid answers (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.webQueryParameters(), fc.constant(null), fc.constant(undefined)), (q) => {
      queryToAnswers(q);
    }), { numRuns });
    const answersArb = fc.record({
      residence: fc.constantFrom(...residences.filter((r) => r !== 'no_status' && r !== 'permanent_resident' && r !== 'special_permanent_resident')),
      hasValidPassport: fc.boolean(),
      hasCard: fc.boolean(),
      exclusions: fc.subarray([...exclusionKinds]),
      stayExpiry: fc.constantFrom('2027-01-31', '2028-02-29'),
      pendingApplication: fc.boolean(),
      departure: fc.constantFrom('2026-01-01', '2026-12-31'),
      plannedReturn: fc.constantFrom('2026-06-01', '2027-02-28'),
      trips: fc.constantFrom('one' as const, 'several' as const),
    });
    fc.assert(fc.property(answersArb, (a) => {
      const back = queryToAnswers(answersToQuery(a as ReentryAnswers)) as ReentryAnswers;
      if (a.residence === 'mid_long_term') expect(back).toEqual(a);
      expect(assessReentry(back)).toEqual(assessReentry(a as ReentryAnswers));
    }), { numRuns });
    // Two properties of FC_RUNS cases each: 5 s is too tight on a loaded machine (it timed out at 9.9 s).
  }, 60_000);
});
