// The date the SPS checker's rules were last checked against docs/facts.md (its rows
// C3, C4, C5 and E marked 2026-12-03). Kept here rather than in src/data/legal.ts, whose
// factsCheckedOn dates the re-entry figures; move it there if that file gains per-area dates.
import type { ISODate } from '../../src/data/legal.ts';

export const spsRulesCheckedOn: ISODate = '2026-12-03';
