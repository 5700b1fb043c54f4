// Legal figures used by the guides (through MDX components) and by the checkers' engines.
// Each value names its entry in shared/domain/facts.md; change a figure here and every page
// and checker follows. Dates are calendar dates in Japan ('YYYY-MM-DD').

export type ISODate = string;

/** Re-entry permit fees (facts A6.1–A6.4). Paid only when the permit is granted. */
export const reentryPermitFees = {
  appliesFrom: '2025-04-01',
  currency: 'JPY',
  single: { counter: 4000, online: 3500 },
  multiple: { counter: 7000, online: 6500 },
  /** Fees in force 1982-01-01 → 2025-03-31 (A6.2); kept so outdated figures can be recognised. */
  previous: { single: 3000, multiple: 6000, until: '2025-03-31' },
} as const;

/** Limits of the re-entry system (facts A4, A8, B4, D7, A9.2). */
export const reentryLimits = {
  /** Special re-entry permission: years from departure (B4.1, B4.2). */
  specialReentryYears: 1,
  specialReentryYearsSpecialPermanentResident: 2,
  /** Regular permit: maximum validity in years from the day it takes effect (A4.1, A4.2). */
  regularPermitMaxYears: 5,
  regularPermitMaxYearsSpecialPermanentResident: 6,
  /** Extension at an embassy or consulate (A8.2). */
  extensionAbroadMaxYearsEach: 1,
  extensionAbroadTotalYears: 6,
  extensionAbroadTotalYearsSpecialPermanentResident: 7,
  /** Pending extension/change: the "special period" ends 2 months after the original expiry (B4.3, D7). */
  pendingApplicationGraceMonths: 2,
  /** A period of stay of this many months or less excludes special re-entry (B2.4). */
  shortStayExclusionMonths: 3,
  /** Days to return an invalid residence card (A9.2). */
  residenceCardReturnDays: 14,
} as const;

/** Special Permission to Stay and related procedures (facts C3, C5, C6, C7). */
export const specialPermissionFacts = {
  /** The 2023 amendment's application procedure is in force from this date (C3.1). */
  applicationProcedureFrom: '2024-06-10',
  /** Sentence above which the statutory bar applies (C3.3). */
  barSentenceYears: 1,
  /** Days to contest a finding before a deportation order follows (C3.12, C2.1). */
  daysToContestFinding: 3,
  /** Grants in 2024 by stage (C3.10, secondary source). */
  grants2024: { total: 989, examination: 364, oralHearing: 37, objection: 588 },
  /** Departure order landing-denial periods in years (C5.1, C5.3). */
  departureOrderBanYears: 1,
  departureOrderTemporaryVisitorBanYearsRouteB: 5,
  deportationBanYears: 5,
  deportationBanYearsRepeat: 10,
  /** Maximum deposit for provisional release or supervision measures, in yen (C6.3, C7.2). */
  maxDepositYen: 3_000_000,
  /** Supervised persons report at least this often, in months (C7.5). */
  supervisionReportMonths: 3,
} as const;

/** Dates that pages mention (facts B1.2, C3.1, C4.1, A6.1, C9). */
export const keyDates = {
  specialReentryIntroduced: '2012-07-09',
  immigrationServicesAgencyCreated: '2019-04-01',
  spsGuidelinesRevised: '2024-03-05',
  spsReformInForce: '2024-06-10',
  reentryFeesPreviousUntil: reentryPermitFees.previous.until,
  reentryFeesChanged: '2025-04-01',
  feeLawDeadline: '2027-03-31',
  /** Start of the 2026 law's new fees as reported by unofficial sources only (A7.4 [U]): pages must say it is unconfirmed. */
  newFeesReportedFrom: '2026-10-01',
} as const;

export type KeyDate = keyof typeof keyDates;

/** When the re-entry permit fees and the 2026 fee law (facts A6.1, A7.1–A7.4) were last checked; the fee table shows it. */
export const reentryFeesCheckedOn: ISODate = '2026-12-03';

/** When the legal facts on this site were last checked against shared/domain/facts.md. */
export const factsCheckedOn: ISODate = '2026-11-23';
