// Reading answers from the page address: the part of the URL codec both checkers can share. A
// value that cannot be read is not an answer, but the reason travels with it, so an island shows
// "This date does not exist" without parsing the boxes again.
export { toParams } from './params.ts';
import { dateProblem, parseLooseDate, type DateErrorCode, type ISODate } from './calendar-date.ts';

/** Why a value in the address is not an answer (a date's reason; nothing given is 'required'). */
export type Unreadable = Exclude<DateErrorCode, 'required'>;

/** A date, or why the date given could not be read; neither when no date was given. */
export type DateRead = { date?: ISODate; why?: Unreadable };

/** Suffixes of the three boxes of a date in the form: departure-year, -month, -day. */
export const dateBoxes = ['year', 'month', 'day'] as const;

/**
 * A date from the query: whole (`departure=2026-04-01`, what links and the island write) or as
 * the three boxes a plain GET form sends (`departure-year=2026&…`), read as people type them.
 */
export function readDate(params: URLSearchParams, name: string): DateRead {
  const whole = params.get(name)?.trim();
  const problem = dateProblem(whole);
  if (!problem) return { date: whole };
  const [y, m, d] = dateBoxes.map((s) => params.get(`${name}-${s}`));
  if (y === null && m === null && d === null) return problem === 'required' ? {} : { why: problem };
  const parsed = parseLooseDate(y, m, d);
  return parsed.ok ? { date: parsed.date } : parsed.code === 'required' ? {} : { why: parsed.code };
}
