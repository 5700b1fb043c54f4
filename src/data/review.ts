// Which facts must be checked again: a value in force or scheduled whose review-by date has passed.
// Used by `npm run check:content` (warnings) and the translation-status page (a table for editors).
import { entryOn, upcoming, type History, type ISODate } from './dated.ts';

export type FactDue = { name: string; source: string; value: unknown; from: ISODate; checkedOn: ISODate; reviewBy: ISODate };

/** Entries that matter on `date` (the one in force and every scheduled one), with their names. */
export function currentEntries(name: string, history: History<unknown>, date: ISODate): FactDue[] {
  const current = entryOn(history, date);
  return [...(current ? [current] : []), ...upcoming(history, date)].map(({ value, from, source, checkedOn, reviewBy }) => ({ name, source, value, from, checkedOn, reviewBy }));
}

/** Facts past their review-by date on `date`, most overdue first. Past values need no review. */
export function factsDueForReview(histories: Record<string, History<unknown>>, date: ISODate): FactDue[] {
  return Object.entries(histories)
    .flatMap(([name, history]) => currentEntries(name, history, date))
    .filter((entry) => entry.reviewBy < date)
    .sort((a, b) => a.reviewBy.localeCompare(b.reviewBy) || a.name.localeCompare(b.name));
}

export function describeDue(due: FactDue): string {
  return `src/data/legal.ts: ${due.name} (facts row ${due.source}, checked on ${due.checkedOn}) was due for review on ${due.reviewBy} — compare it with docs/facts.md, then set checkedOn to today`;
}
