// Invalid answers: one error per problem, with the field and a stable code, never a throw.
import { describe, expect, it } from 'vitest';
import { assessReentry } from '../../../widgets/reentry/assess.ts';
import { answers, rawAnswers } from './fixtures.ts';

function errorsOf(input: Record<string, unknown>) {
  const o = assessReentry(rawAnswers(input));
  return o.kind === 'invalid' ? o.errors : o;
}

describe('required answers', () => {
  it('nothing at all: residence plus what every resident must answer', () => {
    for (const input of [null, undefined, 42, 'x', [], {}]) {
      expect(assessReentry(input as never)).toEqual({
        kind: 'invalid',
        errors: [
          { field: 'residence', code: 'required' },
          { field: 'hasValidPassport', code: 'required' },
          { field: 'departure', code: 'required' },
          { field: 'plannedReturn', code: 'required' },
          { field: 'trips', code: 'required' },
        ],
      });
    }
  });
  it.each([
    ['residence', 'tourist'],
    ['hasValidPassport', 'yes'],
    ['hasCard', undefined],
    ['exclusions', undefined],
    ['stayExpiry', null],
    ['stayExpiry', ''],
    ['pendingApplication', 1],
    ['departure', undefined],
    ['plannedReturn', ''],
    ['trips', 'many'],
  ])('%s = %j → required', (field, value) => {
    expect(errorsOf({ [field]: value })).toEqual([{ field, code: 'required' }]);
  });
  it('expiry is required for every residence with a period of stay', () => {
    for (const residence of ['mid_long_term', 'temporary_visitor', 'stay_3_months_or_less']) {
      expect(errorsOf({ residence, stayExpiry: null })).toEqual([{ field: 'stayExpiry', code: 'required' }]);
    }
  });
  it('but not for permanent or special permanent residents', () => {
    for (const residence of ['permanent_resident', 'special_permanent_resident']) {
      expect(assessReentry(rawAnswers({ residence, stayExpiry: null, pendingApplication: undefined })).kind).toBe('special_reentry');
    }
  });
  it('card and exclusions are not asked of temporary visitors', () => {
    const o = assessReentry(rawAnswers({ residence: 'temporary_visitor', hasCard: undefined, exclusions: undefined }));
    expect(o.kind).toBe('regular_permit');
  });
});

describe('choices', () => {
  it('an unknown exclusion → invalid_choice', () => {
    expect(errorsOf({ exclusions: ['detention_order', 'deportation'] })).toEqual([{ field: 'exclusions', code: 'invalid_choice' }]);
  });
  it('exclusions that are not a list → required', () => {
    expect(errorsOf({ exclusions: 'detention_order' })).toEqual([{ field: 'exclusions', code: 'required' }]);
  });
});

describe('dates', () => {
  it.each([
    ['2026/04/10', 'invalid_date'],
    ['10-04-2026', 'invalid_date'],
    ['2026-4-10', 'invalid_date'],
    [20260410, 'invalid_date'],
    ['2026-02-30', 'impossible_date'],
    ['2025-02-29', 'impossible_date'],
    ['2026-13-01', 'impossible_date'],
    ['2101-01-01', 'out_of_range'],
    ['2199-04-01', 'out_of_range'],
    ['1899-12-31', 'out_of_range'],
  ])('departure %j → %s', (value, code) => {
    expect(errorsOf({ departure: value })).toEqual([{ field: 'departure', code }]);
  });
  it('impossible return and expiry dates', () => {
    expect(errorsOf({ plannedReturn: '2026-02-30' })).toEqual([{ field: 'plannedReturn', code: 'impossible_date' }]);
    expect(errorsOf({ stayExpiry: '2026-04-31' })).toEqual([{ field: 'stayExpiry', code: 'impossible_date' }]);
    expect(errorsOf({ stayExpiry: 'soon' })).toEqual([{ field: 'stayExpiry', code: 'invalid_date' }]);
  });
  it('departures before 9 July 2012 followed older rules', () => {
    expect(errorsOf({ departure: '2012-07-08', plannedReturn: '2012-08-01', stayExpiry: '2013-01-01' })).toEqual([
      { field: 'departure', code: 'before_current_rules' },
    ]);
    expect(assessReentry(answers({ departure: '2012-07-09', plannedReturn: '2012-08-01', stayExpiry: '2013-01-01' })).kind).toBe('special_reentry');
  });
  it('return before departure; same day is fine', () => {
    expect(errorsOf({ plannedReturn: '2026-04-09' })).toEqual([{ field: 'plannedReturn', code: 'return_before_departure' }]);
    expect(assessReentry(answers({ plannedReturn: '2026-04-10' })).kind).toBe('special_reentry');
  });
  it('expiry before departure; on the departure day is fine', () => {
    expect(errorsOf({ stayExpiry: '2026-04-09', plannedReturn: '2026-04-10' })).toEqual([{ field: 'stayExpiry', code: 'expiry_before_departure' }]);
    expect(assessReentry(answers({ stayExpiry: '2026-04-10', plannedReturn: '2026-04-10' })).kind).toBe('special_reentry');
  });
  it('a broken departure date is reported once, not again as an ordering problem', () => {
    expect(errorsOf({ departure: '2026-02-30', plannedReturn: '2020-01-01', stayExpiry: '2020-01-01' })).toEqual([
      { field: 'departure', code: 'impossible_date' },
    ]);
    expect(errorsOf({ departure: '2011-01-01', plannedReturn: '2010-01-01' })).toEqual([
      { field: 'departure', code: 'before_current_rules' },
    ]);
  });
  it('several problems are all reported, in question order', () => {
    expect(errorsOf({ hasCard: 'no', stayExpiry: '2026-01-01', plannedReturn: '2026-04-01', trips: undefined })).toEqual([
      { field: 'hasCard', code: 'required' },
      { field: 'trips', code: 'required' },
      { field: 'plannedReturn', code: 'return_before_departure' },
      { field: 'stayExpiry', code: 'expiry_before_departure' },
    ]);
  });
});
