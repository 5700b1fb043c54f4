// Shared answers for the re-entry tests: a mid-to-long-term resident with a valid passport and
// card, no exclusions, no permit yet, a period of stay that ends well after the trip (no `today`:
// the trip is taken as not yet begun).
import type { ReentryAnswers } from '../../../widgets/reentry/assess.ts';

export const baseAnswers: ReentryAnswers = {
  residence: 'mid_long_term',
  hasValidPassport: true,
  hasCard: true,
  exclusions: [],
  stayExpiry: '2029-06-30',
  pendingApplication: false,
  departure: '2026-04-10',
  plannedReturn: '2026-08-20',
  trips: 'one',
  permitHeld: null,
};

export function answers(overrides: Partial<ReentryAnswers> = {}): ReentryAnswers {
  return { ...baseAnswers, ...overrides };
}

/** Answers that deliberately break the type, for the invalid-input tests. */
export function rawAnswers(overrides: Record<string, unknown>): ReentryAnswers {
  return { ...baseAnswers, ...overrides } as unknown as ReentryAnswers;
}

export const numRuns = Number(process.env.FC_RUNS ?? 1000);
