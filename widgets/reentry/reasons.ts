// Where each reason code of the re-entry checker comes from: the facts.md entries and one public
// source a reader can open. Titles are the sources' own names; the explanations a reader sees
// live in src/i18n/<lang>/reentry.json under `reasons.<code>`.
// Only addresses that docs/facts.md names are used. Where facts.md names a source but
// no address, `url` is null and the page shows the title alone.

export type ReasonSource = { title: string; url: string | null };
export type ReasonInfo = {
  /** Entries in docs/facts.md. */
  facts: string;
  source: ReasonSource;
  /** True when facts.md rates the rule [S] or [U]: the page says it is not officially confirmed. */
  secondary?: boolean;
};

const sources = {
  isaSpecialReentry: {
    title: 'Immigration Services Agency: Special Re-entry Permission',
    url: 'https://www.isa.go.jp/en/applications/guide/minashisainyukoku.html',
  },
  isaReentryPermit: {
    title: 'Immigration Services Agency: Application for Re-entry Permit',
    url: 'https://www.isa.go.jp/en/applications/procedures/16-5.html',
  },
  // facts.md (A6.1, A7.3) names the Cabinet Order but no address for the ISA fee page.
  isaFees2025: { title: 'Enforcement Order of the Immigration Control Act, Art. 25 (fees from 1 April 2025)', url: null },
  embassyKoreaSpr: {
    title: 'Embassy of Japan in Korea: special permanent residents (2025-03-20)',
    url: 'https://www.kr.emb-japan.go.jp/itpr_ja/consulate_eijyuu.html',
  },
  // facts.md names this page only by file name (visa_sainyukoku.html), so no address is guessed.
  embassyKoreaExtension: { title: 'Embassy of Japan in Korea: re-entry permits and their extension (2025-03-20)', url: null },
  embassyNigeria: {
    title: 'Embassy of Japan in Nigeria: re-entry permit',
    url: 'https://www.ng.emb-japan.go.jp/itpr_en/reentry.html',
  },
  specialPeriodPractice: {
    title: 'kakeizu-studio.com (administrative scrivener): re-entry during the special period',
    url: 'https://kakeizu-studio.com/nyukan/G75_sainyuukoku.html',
  },
  specialPeriodQA: { title: 'ISA Q&A as reproduced by lighthouse88.com (secondary)', url: null },
  civilCode: { title: 'Civil Code (民法) Arts. 140 and 143, period counting', url: null },
  residenceCardStatute: { title: 'Immigration Control Act Arts. 19-14 and 19-15 (residence card)', url: null },
  isaSpsApplication: {
    title: 'Immigration Services Agency: application for Special Permission to Stay (在留特別許可申請)',
    url: 'https://www.moj.go.jp/isa/deportation/procedures/08_00044.html',
  },
  cardSurrender: { title: 'kofuku-gyoseisyoshi.jp (2015): do not hand in your card', url: null },
  enforcementRegulation: { title: 'Enforcement Regulation of the Immigration Control Act, Art. 29-4 (text in force 2025-06-01)', url: null },
  statuteReentry: { title: 'Immigration Control Act Arts. 26 and 26-2 (text in force 2025-06-01)', url: null },
  statuteSpecialPeriod: { title: 'Immigration Control Act Art. 20(6) (text in force 2025-06-01)', url: null },
  statuteCard: { title: 'Immigration Control Act Arts. 19-5, 19-11 and 19-14 (text in force 2025-06-01)', url: null },
  isaRefugeeTravelDocument: {
    title: 'Immigration Services Agency: refugee travel document (難民旅行証明書)',
    url: 'https://www.moj.go.jp/isa/refugee/procedures/16-7.html',
  },
  isaDepartureOrder: {
    title: 'Immigration Services Agency: the departure order system (出国命令制度について)',
    url: 'https://www.moj.go.jp/isa/deportation/resources/seido01.html',
  },
} as const satisfies Record<string, ReasonSource>;

const exclusion = { facts: 'B3, F3', source: sources.isaSpecialReentry };

export const reasonSources = {
  // Special re-entry
  eligible_special_reentry: { facts: 'B2.1, B2.2, B2.3, F6', source: sources.isaSpecialReentry },
  deadline_one_year: { facts: 'B4.1, G1', source: sources.isaSpecialReentry },
  deadline_two_years_spr: { facts: 'B4.2, D6', source: sources.embassyKoreaSpr },
  deadline_counting_rule: { facts: 'G1, G2, G5', source: sources.civilCode, secondary: true },
  earlier_reading_used: { facts: 'G6, G1, G2, F9', source: sources.civilCode },
  capped_by_period_of_stay: { facts: 'B4.1, A4.3, G4', source: sources.isaSpecialReentry },
  capped_by_special_period: { facts: 'B4.3, D7, G4', source: sources.specialPeriodQA, secondary: true },
  expiry_day_counts: { facts: 'G3', source: sources.isaSpecialReentry, secondary: true },
  declare_at_departure: { facts: 'B5.1, B5.2, B5.3', source: sources.isaSpecialReentry },
  keep_card: { facts: 'D2, B5.3', source: sources.cardSurrender, secondary: true },
  no_extension_abroad: { facts: 'B4.4, A8.6', source: sources.embassyKoreaExtension },
  consider_regular_permit: { facts: 'A2 (note)', source: sources.isaReentryPermit, secondary: true },

  // Why special re-entry is not available
  excluded_temporary_visitor: { facts: 'B2.4, F2', source: sources.isaSpecialReentry },
  excluded_short_stay: { facts: 'B2.4, F2', source: sources.isaSpecialReentry },
  excluded_revocation_in_progress: exclusion,
  excluded_departure_confirmation_deferred: exclusion,
  excluded_detention_order: exclusion,
  excluded_supervision_measures: { facts: 'B3, F3', source: sources.enforcementRegulation },
  excluded_refugee_applicant_designated_activities: exclusion,
  excluded_designated_by_minister: exclusion,
  no_valid_passport: { facts: 'B2.1, F4', source: sources.isaSpecialReentry },
  no_card: { facts: 'B2.2, F4', source: sources.isaSpecialReentry },
  no_certificate_spr: { facts: 'B2.3, F4', source: sources.embassyKoreaSpr },
  return_after_special_deadline: { facts: 'A2.2, B4.1, B4.2', source: sources.isaSpecialReentry },

  // Regular permit
  permit_before_departure: { facts: 'A1.3, A5.1, A5.3', source: sources.isaReentryPermit },
  permit_max_five_years: { facts: 'A4.1, A4.3', source: sources.isaReentryPermit },
  permit_max_six_years_spr: { facts: 'A4.2, D6', source: sources.embassyKoreaSpr },
  printed_expiry_governs: { facts: 'A4.1a, A1.3, F7', source: sources.statuteReentry },
  apply_closer_to_departure: { facts: 'A4.1a, F7', source: sources.statuteReentry },
  held_permit_governs: { facts: 'A1.3, A4.1a, A4.3, F7', source: sources.statuteReentry },
  held_permit_ends_before_return: { facts: 'A4.1a, A8.2, A9.1', source: sources.statuteReentry },
  permit_single: { facts: 'A3.1', source: sources.isaReentryPermit },
  permit_multiple: { facts: 'A3.1, A3.2', source: sources.isaReentryPermit },
  permit_fee: { facts: 'A6.1, A6.4, A7.3', source: sources.isaFees2025, secondary: true },
  permit_document_without_passport: { facts: 'A1.3, D14, F4', source: sources.statuteReentry },
  pending_single_permit_practice: { facts: 'A3.3', source: sources.specialPeriodPractice, secondary: true },
  extension_abroad_possible: { facts: 'A8.1, A8.2, A8.3', source: sources.embassyNigeria },

  // Pending extension or change of status
  pending_special_period: { facts: 'B4.3, D7', source: sources.specialPeriodQA, secondary: true },
  pending_collect_result: { facts: 'B4.3, D7', source: sources.specialPeriodQA, secondary: true },
  // The statute is [V]; how refusals are handed over is practitioners' report ([S]).
  pending_refusal_ends_period: { facts: 'D7a, D7, F5', source: sources.statuteSpecialPeriod, secondary: true },

  // Already abroad (F0)
  abroad_inferred: { facts: 'F0', source: sources.statuteReentry },
  abroad_left_on_special_reentry: { facts: 'F0, B4.4, B4.5, B5.2', source: sources.isaSpecialReentry },
  abroad_left_with_permit: { facts: 'F0, A1.3, A4.3, A8.1', source: sources.embassyNigeria },
  abroad_left_without_permission: { facts: 'F0, A1.1, A9.2', source: sources.statuteReentry },
  abroad_late_status_lost: { facts: 'F0, A9.1, D3', source: sources.embassyKoreaSpr },
  abroad_ask_what_happened: { facts: 'A1.1, B5.3', source: sources.isaSpecialReentry },

  // Permanent residents' cards (F8)
  pr_card_renew_early: { facts: 'D5, D5a, F8', source: sources.statuteCard },
  pr_card_expired_abroad: { facts: 'D5a', source: sources.statuteCard },

  // Refugee travel document (F4)
  rtd_no_permit_needed: { facts: 'D8, F4', source: sources.isaRefugeeTravelDocument },
  rtd_validity_and_deadline: { facts: 'D8', source: sources.isaRefugeeTravelDocument },
  rtd_extend_stay_first: { facts: 'D8, F5', source: sources.isaRefugeeTravelDocument },
  rtd_apply_before: { facts: 'D8, A6.1', source: sources.isaRefugeeTravelDocument },
  rtd_abroad_extension: { facts: 'D8', source: sources.isaRefugeeTravelDocument },

  // Period of stay and long absences
  return_after_period_of_stay: { facts: 'A2.2, A4.3, F5', source: sources.isaReentryPermit },
  extend_stay_in_japan: { facts: 'A2.2, F5', source: sources.isaReentryPermit },
  too_long_no_permit_covers: { facts: 'A4.1, A4.2', source: sources.isaReentryPermit },
  extension_abroad_limits: { facts: 'A8.1, A8.2, A8.3, A8.5', source: sources.embassyNigeria },

  // Always
  status_lost_if_late: { facts: 'A9.1, B6, D4, D6, F8', source: sources.embassyKoreaSpr },
  card_return_14_days: { facts: 'A9.2, D3, F8', source: sources.residenceCardStatute },

  // No status of residence
  no_status_of_residence: { facts: 'F1, A1.5', source: sources.isaReentryPermit },
  special_permission_route: { facts: 'F1, C3.5', source: sources.isaSpsApplication },
  departure_order_route: { facts: 'F1, C5.1, C5.2, C5.3', source: sources.isaDepartureOrder },
} as const satisfies Record<string, ReasonInfo>;

export type ReasonCode = keyof typeof reasonSources;

export const reasonCodes = Object.keys(reasonSources) as ReasonCode[];

export function reasonInfo(code: string): ReasonInfo | undefined {
  return (reasonSources as Record<string, ReasonInfo>)[code];
}
