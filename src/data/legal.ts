// Legal figures used by the guides (through MDX components) and by the checkers' engines.
// Every value is a history (src/data/dated.ts): each entry names its row in docs/facts.md, the day
// it applies from, the day it was last checked and the day it must be checked again. To schedule a
// change in the law, add an entry with a later `from`; the site shows the value in force on the
// build date and announces the next one. Dates are calendar dates in Japan ('YYYY-MM-DD').
import { buildDate, dated, entryOn, lastDayOf, valueOn, type History, type ISODate } from './dated.ts';

export type { ISODate };

// The days the rows were compared with the fact sheet: the first full check, and the rows the
// fact sheet updated on 3 December 2026.
const checked = '2026-11-23';
const rechecked = '2026-12-03';

/** Re-entry permit fee per permit and channel. Online amounts did not exist before 2025. */
export type ReentryFees = {
  single: { counter: number; online?: number };
  multiple: { counter: number; online?: number };
};

/** Re-entry permit fees (facts A6.1–A6.4, A7.3). Paid only when the permit is granted. */
export const reentryFeeHistory: History<ReentryFees> = [
  dated({ value: { single: { counter: 3000 }, multiple: { counter: 6000 } }, from: '1982-01-01', source: 'A6.2', checkedOn: checked }),
  // A7.3: the 2026 fee law may move these (up to the ¥10,000 cap); whether it does is unknown,
  // so the row is re-checked monthly until the Cabinet Order's fees are published.
  dated({ value: { single: { counter: 4000, online: 3500 }, multiple: { counter: 7000, online: 6500 } }, from: '2025-04-01', source: 'A6.1', checkedOn: rechecked, pending: true }),
];

const since2012 = '2012-07-09';
const limit = (value: number, source: string, checkedOn = checked, from = since2012) => [dated({ value, from, source, checkedOn })];

/** Limits of the re-entry system (facts A4, A8, B2, B4, D7, A9.2), each a history. */
export const reentryLimitHistory = {
  /** Special re-entry permission: years from departure (B4.1, B4.2). */
  specialReentryYears: limit(1, 'B4.1'),
  specialReentryYearsSpecialPermanentResident: limit(2, 'B4.2'),
  /** Regular permit: maximum validity in years from the day it takes effect (A4.1, A4.2). */
  regularPermitMaxYears: limit(5, 'A4.1'),
  regularPermitMaxYearsSpecialPermanentResident: limit(6, 'A4.2'),
  /** Extension at an embassy or consulate (A8.2). */
  extensionAbroadMaxYearsEach: limit(1, 'A8.2'),
  extensionAbroadTotalYears: limit(6, 'A8.2'),
  extensionAbroadTotalYearsSpecialPermanentResident: limit(7, 'A8.2'),
  /** Pending extension/change: the "special period" ends 2 months after the original expiry (B4.3, D7). */
  pendingApplicationGraceMonths: limit(2, 'D7', rechecked),
  /** A period of stay of this many months or less excludes special re-entry (B2.4). */
  shortStayExclusionMonths: limit(3, 'B2.4'),
  /** Days to return an invalid residence card (A9.2). */
  residenceCardReturnDays: limit(14, 'A9.2'),
} satisfies Record<string, History<number>>;

const reform = '2024-06-10';

/** Special Permission to Stay and related procedures (facts C3, C5, C6, C7), each a history. */
export const specialPermissionHistory = {
  /** Sentence above which the statutory bar applies (C3.3). */
  barSentenceYears: limit(1, 'C3.3', rechecked, reform),
  /** Days to contest a finding before a deportation order follows (C3.12, C2.1). */
  daysToContestFinding: limit(3, 'C3.12', rechecked, reform),
  /** Departure order landing-denial periods in years (C5.1, C5.3). */
  departureOrderBanYears: limit(1, 'C5.3', rechecked, '2004-12-02'),
  departureOrderTemporaryVisitorBanYearsRouteB: limit(5, 'C5.3', rechecked, reform),
  deportationBanYears: limit(5, 'C5.1'),
  deportationBanYearsRepeat: limit(10, 'C5.1'),
  /** Maximum deposit for provisional release or supervision measures, in yen (C6.3, C7.2). */
  maxDepositYen: limit(3_000_000, 'C6.3'),
  /** Supervised persons report at least this often, in months (C7.5). */
  supervisionReportMonths: limit(3, 'C7.5', checked, reform),
} satisfies Record<string, History<number>>;

/** Grants in 2024 by stage (C3.10, secondary source): a statistic of one year, not a rule. */
export const grants2024History: History<{ total: number; examination: number; oralHearing: number; objection: number }> = [
  dated({ value: { total: 989, examination: 364, oralHearing: 37, objection: 588 }, from: '2025-07-18', source: 'C3.10a', checkedOn: rechecked }),
];

const eventDate = (value: ISODate, source: string, checkedOn = checked, from = value, pending = false) => [dated({ value, from, source, checkedOn, pending })];

/**
 * Dates that pages mention (facts B1.2, C3.1, C4.1, A6, A7.2). The fee dates are read from the
 * fee history, so each is stored once.
 */
export const keyDateHistory = {
  specialReentryIntroduced: eventDate(since2012, 'B1.2'),
  immigrationServicesAgencyCreated: eventDate('2019-04-01', 'C9'),
  spsGuidelinesRevised: eventDate('2024-03-05', 'C4.1'),
  spsReformInForce: eventDate(reform, 'C3.1'),
  // A7.2: the bill (approved 10 March 2026, A7.1) fixes entry into force by Cabinet Order no later
  // than this date; the enactment date itself is unconfirmed. Pending, so re-checked monthly.
  feeLawDeadline: eventDate('2027-03-31', 'A7.2', rechecked, '2026-03-10', true),
  // A7.4 [U]: the start of the 2026 law's new fees as reported by unofficial sources only; pages
  // must say it is unconfirmed. Pending, so re-checked monthly.
  newFeesReportedFrom: eventDate('2026-10-01', 'A7.4', rechecked, '2026-03-10', true),
} satisfies Record<string, History<ISODate>>;

/** The first and last day of the fee period in force on `date`, read from the fee history. */
function feeDates(date: ISODate) {
  const index = reentryFeeHistory.indexOf(entryOn(reentryFeeHistory, date)!);
  const current = reentryFeeHistory[index]!;
  const previousEnd = index > 0 ? lastDayOf(reentryFeeHistory, index - 1) : undefined;
  return { current, previous: reentryFeeHistory[index - 1], previousEnd };
}

const valuesOn = <K extends string, T>(histories: Record<K, History<T>>, date: ISODate) =>
  Object.fromEntries(Object.entries(histories).map(([key, history]) => [key, valueOn(history as History<T>, date)])) as Record<K, T>;

/**
 * Every figure as it stands on `date`, in the shape pages and checkers read. Tests call this with
 * a fixed date; the site uses the build date (exports below).
 */
export function legalFactsOn(date: ISODate) {
  const fees = feeDates(date);
  const reentryPermitFees = {
    appliesFrom: fees.current.from,
    currency: 'JPY',
    single: { counter: fees.current.value.single.counter, online: fees.current.value.single.online ?? fees.current.value.single.counter },
    multiple: { counter: fees.current.value.multiple.counter, online: fees.current.value.multiple.online ?? fees.current.value.multiple.counter },
    /** The fees in force before these, kept so outdated figures can be recognised. */
    previous: fees.previous
      ? { single: fees.previous.value.single.counter, multiple: fees.previous.value.multiple.counter, until: fees.previousEnd! }
      : undefined,
  };
  // A date is only named once it is known (the fee law's deadline exists from the bill onwards).
  const knownDates = Object.fromEntries(
    Object.entries(keyDateHistory).flatMap(([key, history]) => {
      const entry = entryOn(history, date);
      return entry ? [[key, entry.value]] : [];
    }),
  ) as Partial<Record<keyof typeof keyDateHistory, ISODate>>;
  const keyDates = {
    ...knownDates,
    ...(fees.previous ? { reentryFeesPreviousFrom: fees.previous.from, reentryFeesPreviousUntil: reentryPermitFees.previous!.until } : {}),
    reentryFeesChanged: fees.current.from,
  };
  const sps = valuesOn(specialPermissionHistory, date);
  const specialPermissionFacts = {
    /** The 2023 amendment's application procedure is in force from this date (C3.1). */
    applicationProcedureFrom: keyDateHistory.spsReformInForce[0]!.value,
    ...sps,
    /** Published 18 July 2025 (C3.10a); absent on earlier dates. */
    grants2024: entryOn(grants2024History, date)?.value,
  };
  return { reentryPermitFees, reentryLimits: valuesOn(reentryLimitHistory, date), specialPermissionFacts, keyDates };
}

/**
 * The calendar date in Japan this build describes (BUILD_DATE fixes it for tests). Astro's build
 * writes it into the bundles (astro.config.mjs), so the checkers in the browser use the same date
 * as the pages, not the reader's clock.
 */
export const siteDate: ISODate = import.meta.env?.SITE_DATE || buildDate();

const onSiteDate = legalFactsOn(siteDate);

export const reentryPermitFees = onSiteDate.reentryPermitFees;
export const reentryLimits = onSiteDate.reentryLimits;
export const specialPermissionFacts = onSiteDate.specialPermissionFacts;
export const keyDates = onSiteDate.keyDates as Record<KeyDate, ISODate>;

export type KeyDate = keyof typeof keyDateHistory | 'reentryFeesPreviousFrom' | 'reentryFeesPreviousUntil' | 'reentryFeesChanged';

/**
 * When the legal facts on this site were last checked: the oldest check of any value in force.
 * (The full list of histories, for the content check and the status page, is in histories.ts,
 * which the checkers' browser code does not load.)
 */
export const factsCheckedOn: ISODate = [
  reentryFeeHistory,
  ...Object.values(reentryLimitHistory),
  ...Object.values(specialPermissionHistory),
  ...Object.values(keyDateHistory),
]
  .map((history) => entryOn(history as History<unknown>, siteDate)?.checkedOn)
  .filter((d): d is ISODate => Boolean(d))
  .sort()[0]!;

/** When the re-entry permit fees in force (and the 2026 fee law, A6.1, A7.1–A7.4) were last checked. */
export const reentryFeesCheckedOn: ISODate = entryOn(reentryFeeHistory, siteDate)!.checkedOn;
