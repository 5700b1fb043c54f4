// Dated facts: every legal value is a history of the values it has had, each with the date it
// applies from, the fact-sheet row it comes from, when it was last checked and when it must be
// checked again. A change in the law is scheduled by adding an entry with a later `from`: until that
// day the site keeps showing the value in force, and announces the new one ("from <date>: …").
//
// Why `until` is optional: the end of an entry is the day before the next entry's `from`, so each
// date is stored once. `until` is written only when a value ends without a successor.
//
// Dates are calendar dates in Japan ('YYYY-MM-DD'); plain string comparison orders them.
import { addDays, addMonths, isValidISODate } from '../../widgets/kit/calendar-date.ts';

export type ISODate = string;

export type DatedValue<T> = {
  value: T;
  /** First day the value applies (inclusive). */
  from: ISODate;
  /** Last day the value applies (inclusive), only when no later entry follows. */
  until?: ISODate;
  /** The row of docs/facts.md the value comes from, e.g. 'A6.1'. */
  source: string;
  /** The day someone last compared the value with the fact sheet. */
  checkedOn: ISODate;
  /** The day by which it must be compared again. */
  reviewBy: ISODate;
};

export type History<T> = readonly DatedValue<T>[];

/** Months until a value must be checked again: six, or one for a law change still pending. */
export const reviewMonths = { settled: 6, pending: 1 } as const;

type EntryInput<T> = Omit<DatedValue<T>, 'reviewBy'> & { reviewBy?: ISODate; pending?: boolean };

/** One entry; reviewBy defaults to checkedOn + 6 months (+ 1 month when the change is pending). */
export function dated<T>(input: EntryInput<T>): DatedValue<T> {
  const { pending, ...rest } = input;
  const reviewBy = input.reviewBy ?? addMonths(input.checkedOn, pending ? reviewMonths.pending : reviewMonths.settled);
  return { ...rest, reviewBy };
}

/** The last day an entry applies: its own `until`, else the day before the next entry starts. */
export function lastDayOf<T>(history: History<T>, index: number): ISODate | undefined {
  const entry = history[index];
  if (!entry) return undefined;
  if (entry.until) return entry.until;
  const next = history[index + 1];
  return next ? addDays(next.from, -1) : undefined;
}

/** The entry in force on `date`, or undefined (before the first entry, or after an `until`). */
export function entryOn<T>(history: History<T>, date: ISODate): DatedValue<T> | undefined {
  for (let i = history.length - 1; i >= 0; i--) {
    const entry = history[i]!;
    if (entry.from > date) continue;
    const last = lastDayOf(history, i);
    return last === undefined || date <= last ? entry : undefined;
  }
  return undefined;
}

/** The value in force on `date`; throws when there is none, since a page must never guess. */
export function valueOn<T>(history: History<T>, date: ISODate): T {
  const entry = entryOn(history, date);
  if (!entry) throw new Error(`No value in force on ${date} (entries from ${history.map((e) => e.from).join(', ')})`);
  return entry.value;
}

/** Entries that start after `date`: changes already known and scheduled. */
export function upcoming<T>(history: History<T>, date: ISODate): History<T> {
  return history.filter((entry) => entry.from > date);
}

/** Entries that ended before `date`: kept so outdated figures can be recognised. */
export function past<T>(history: History<T>, date: ISODate): History<T> {
  return history.filter((_, i) => {
    const last = lastDayOf(history, i);
    return last !== undefined && last < date;
  });
}

/** Problems in a history's shape (order, overlaps, bad dates), for the content check and tests. */
export function historyProblems(name: string, history: History<unknown>): string[] {
  const problems: string[] = [];
  if (history.length === 0) problems.push(`${name}: has no entries`);
  history.forEach((entry, i) => {
    for (const field of ['from', 'checkedOn', 'reviewBy', ...(entry.until ? ['until'] : [])] as const) {
      const value = entry[field as keyof DatedValue<unknown>];
      if (!isValidISODate(value)) problems.push(`${name}[${i}]: ${field} "${String(value)}" is not a date written YYYY-MM-DD`);
    }
    if (!entry.source) problems.push(`${name}[${i}]: names no row of docs/facts.md in "source"`);
    if (entry.until && entry.until < entry.from) problems.push(`${name}[${i}]: ends (${entry.until}) before it starts (${entry.from})`);
    if (entry.reviewBy < entry.checkedOn) problems.push(`${name}[${i}]: reviewBy ${entry.reviewBy} is before checkedOn ${entry.checkedOn}`);
    const next = history[i + 1];
    if (next && next.from <= entry.from) problems.push(`${name}[${i + 1}]: starts ${next.from}, not after the entry before it (${entry.from}) — keep entries in date order`);
    if (next && entry.until && entry.until >= next.from) problems.push(`${name}[${i}]: until ${entry.until} overlaps the next entry from ${next.from} — remove "until"`);
  });
  return problems;
}

/** Today's calendar date in Japan, or BUILD_DATE (YYYY-MM-DD) when set, so builds are repeatable. */
export function buildDate(env: Record<string, string | undefined> = globalThis.process?.env ?? {}, now: Date = new Date()): ISODate {
  const fixed = env['BUILD_DATE'];
  if (fixed) {
    if (!isValidISODate(fixed)) throw new Error(`BUILD_DATE="${fixed}" is not a date written YYYY-MM-DD`);
    return fixed;
  }
  // Japan has no daylight saving time: UTC+9 all year.
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
