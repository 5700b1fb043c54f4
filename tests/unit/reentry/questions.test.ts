import { describe, expect, it } from 'vitest';
import { errorKeys, firstInputId, inputId, questionFor, reentryQuestions, visibleQuestions } from '../../../widgets/reentry/questions.ts';

describe('questions as data', () => {
  it('asks one question per answer field, in order', () => {
    expect(reentryQuestions.map((q) => q.field)).toEqual([
      'residence', 'hasValidPassport', 'hasCard', 'exclusions', 'stayExpiry', 'pendingApplication', 'departure', 'plannedReturn', 'permitHeld', 'permitHeld', 'trips',
    ]);
    expect(reentryQuestions.map((q) => q.key).slice(-3)).toEqual(['permit', 'permitExpiry', 'trips']);
  });
  it('hides the expiry and pending questions for permanent and special permanent residents', () => {
    for (const r of ['permanent_resident', 'special_permanent_resident'] as const) {
      const fields = visibleQuestions(r).map((q) => q.field);
      expect(fields).not.toContain('stayExpiry');
      expect(fields).not.toContain('pendingApplication');
      expect(fields).toContain('hasCard');
    }
  });
  it('hides card and exclusions for temporary visitors and short stays; shows only residence for no status', () => {
    expect(visibleQuestions('temporary_visitor').map((q) => q.field)).toEqual([
      'residence', 'hasValidPassport', 'stayExpiry', 'pendingApplication', 'departure', 'plannedReturn', 'permitHeld', 'trips',
    ]);
    expect(visibleQuestions('no_status').map((q) => q.field)).toEqual(['residence']);
    // The permit's expiry date only once a permit is said to be held.
    expect(visibleQuestions(undefined)).toHaveLength(10);
  });
  it('references wording by key only', () => {
    for (const q of reentryQuestions) {
      expect(q.legendKey).toMatch(/^questions\.\w+\.legend$/);
      for (const o of q.options) expect(o.labelKey).toMatch(/^questions\.\w+\.options\.\w+$/);
    }
    expect(questionFor('exclusions')!.options.at(-1)).toMatchObject({ value: 'none', exclusive: true });
  });
  it('ids and error keys', () => {
    expect(inputId('departure', 'year')).toBe('reentry-departure-year');
    expect(firstInputId('plannedReturn')).toBe('reentry-return-year');
    expect(firstInputId('residence')).toBe('reentry-residence-0');
    expect(errorKeys('hasValidPassport', 'required')).toEqual(['errors.passport.required', 'errors.required']);
  });
});
