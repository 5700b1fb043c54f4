// Where each code the engine can return comes from: the entry in docs/facts.md and,
// where one exists, the official page behind it. Pages can cite these next to the result, and
// reviewers can check a rule against its source without reading the engine.

import type { AgainstFactor, DepartureOrderBlocker, FavourFactor, RefundStatus, SpsRoute } from './assess.ts';
import type { Source, SourceTable } from './sources.ts';

// The Source type lives in sources.ts (which reads it); re-exported here for callers.
export type { Source } from './sources.ts';

const isa = 'https://www.moj.go.jp/isa';
export const officialPages = {
  /** Guidelines on SPS and the statutory considerations (Japanese only). */
  guidelines: `${isa}/deportation/resources/08_00035.html`,
  /** The SPS application: who, when, how, documents. */
  application: `${isa}/deportation/procedures/08_00044.html`,
  /** Departure order leaflet. */
  departureOrder: `${isa}/deportation/resources/seido01.html`,
  provisionalRelease: `${isa}/08_00050.html`,
  supervision: `${isa}/08_00047.html`,
} as const;

// The 2024 guideline text could not be read in full; its factors are known from reports (C4.3, C4.4: S).
const guideline = (facts: string[]): Source => ({ facts, url: officialPages.guidelines, confidence: 'S' });

export const factorSources: Readonly<Record<FavourFactor | AgainstFactor, Source>> = {
  married_japanese_or_spr: guideline(['C4.3', 'C4.6']),
  // Not a guideline factor (C4.3); no longer offered or shown. Kept so the code stays complete.
  married_pr_or_ltr: guideline(['C3.4', 'C9']),
  raising_child_of_japanese: guideline(['C4.3']),
  children_schooled_in_japan: guideline(['C4.2', 'C4.3']),
  serious_illness: guideline(['C4.3']),
  stateless: guideline(['C4.3']),
  reported_voluntarily: guideline(['C4.3']),
  long_residence: guideline(['C4.3', 'C3.4']),
  third_party_support: guideline(['C4.3']),
  illegal_entry_or_forgery: guideline(['C4.4']),
  document_fraud: guideline(['C4.4']),
  illegal_work_facilitation: guideline(['C4.4']),
  absconded_from_release: guideline(['C4.4']),
  repeat_violation: guideline(['C4.4']),
  sham_marriage: guideline(['C4.4']),
  long_illegal_stay: guideline(['C4.2', 'C4.4']),
  drug_offence: guideline(['C4.4']),
  criminal_offence: guideline(['C4.4']),
};

export const routeSources: Readonly<Record<SpsRoute, Source>> = {
  sps_application: { facts: ['C3.1', 'C3.5', 'C3.6', 'C3.7', 'C3.8'], url: officialPages.application, confidence: 'V' },
  departure_order: { facts: ['C5.1', 'C5.2', 'C5.3'], url: officialPages.departureOrder, confidence: 'V' },
  deportation_procedure: { facts: ['C5.2', 'C5.4'], url: officialPages.departureOrder, confidence: 'V' },
  too_late: { facts: ['C3.6', 'C3.13'], url: officialPages.application, confidence: 'V' },
  not_applicable: { facts: ['C3.5'], url: officialPages.application, confidence: 'V' },
};

export const barSource: Source = { facts: ['C3.3'], url: officialPages.guidelines, confidence: 'V' };
/** "No single factor decides" (C4.5). */
export const weighingSource: Source = { facts: ['C4.5'], url: null, confidence: 'S' };

export const blockerSources: Readonly<Record<DepartureOrderBlocker, Source>> = {
  not_overstay_only: { facts: ['C5.2'], url: officialPages.departureOrder, confidence: 'V' },
  long_sentence: { facts: ['C5.2'], url: officialPages.departureOrder, confidence: 'V' },
  drug_conviction: { facts: ['C5.2', 'C3.16'], url: officialPages.departureOrder, confidence: 'V' },
  listed_ground: { facts: ['C5.2', 'C3.3'], url: officialPages.departureOrder, confidence: 'V' },
  listed_crime_conviction: { facts: ['C5.2'], url: officialPages.departureOrder, confidence: 'V' },
  previously_deported_or_ordered: { facts: ['C5.2'], url: officialPages.departureOrder, confidence: 'V' },
  procedure_already_advanced: { facts: ['C5.2', 'C5.7'], url: officialPages.departureOrder, confidence: 'V' },
};

/** A drug conviction is no bar (C3.15, C3.16: statute, V). Its weight against is C4.4 (S), which
 *  the result cites under the guideline factors, where the drug offence is listed. */
export const drugSource: Source = { facts: ['C3.15', 'C3.16'], url: null, confidence: 'V' };
/** Detained or supervised people can still use route (b) until the Art. 47(3) notice (statute only). */
export const beforeNoticeSource: Source = { facts: ['C5.7', 'C5.8'], url: null, confidence: 'V' };
/** Legal advice before contacting immigration: the design rule in facts F, resting on C3.5 and C3.6. */
export const adviceFirstSource: Source = { facts: ['F', 'C3.5', 'C3.6'], url: officialPages.application, confidence: 'V' };
/** The 3-day timing around the inspector's finding (C3.12). */
export const timingSource: Source = { facts: ['C3.12'], url: null, confidence: 'V' };

/** Official page titles (Japanese, as the pages name themselves), shown as link text in every language. */
export const officialPageTitles: Readonly<Record<string, string>> = {
  [officialPages.guidelines]: '出入国在留管理庁「在留特別許可に係るガイドライン」',
  [officialPages.application]: '出入国在留管理庁「在留特別許可申請」',
  [officialPages.departureOrder]: '出入国在留管理庁「出国命令制度について」',
  [officialPages.provisionalRelease]: '出入国在留管理庁「仮放免制度について」',
  [officialPages.supervision]: '出入国在留管理庁「監理措置に関する各種申請」',
};

/** The refund promise is the office's own wording (seed 001), restated in facts E; no official page. */
export const refundSources: Readonly<Record<RefundStatus, Source>> = {
  covered: { facts: ['E'], url: null, confidence: 'S' },
  not_covered_detained: { facts: ['E'], url: null, confidence: 'S' },
  unclear_ask_office: { facts: ['E', 'C6.4', 'C7.2'], url: null, confidence: 'S' },
  not_applicable: { facts: ['E'], url: null, confidence: 'S' },
};

/** Everything the result's source list needs, handed to the island as props (data, not code). */
export const sourceTable: SourceTable = {
  routes: routeSources,
  blockers: blockerSources,
  factors: factorSources,
  refund: refundSources,
  bar: barSource,
  drug: drugSource,
  weighing: weighingSource,
  timing: timingSource,
  beforeNotice: beforeNoticeSource,
  adviceFirst: adviceFirstSource,
  titles: officialPageTitles,
};
