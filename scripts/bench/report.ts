// The bench's table: every measuring module adds rows here (a figure, its value site-wide and per
// locale, its budget), notes what it could not measure, and the orchestrator prints it once.
import { resolve } from 'node:path';
import { localeCodes, type Locale } from '../../src/config/locales.ts';

/** The temporary folder of this run (git-ignored; removed at the end unless BENCH_KEEP=1). */
export const work = resolve('bench/tmp', `run-${process.pid}`);

export const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
export const KB = 1024;
export const kb = (bytes: number) => round(bytes / KB, 1);

export type Cell = string | number | null | undefined;
export type Row = {
  section: string;
  figure: string;
  /** Site-wide figure, or the worst locale for a per-locale figure. */
  site?: Cell;
  locales?: Partial<Record<Locale, Cell>>;
  budget?: string;
  /** true = met, false = missed, undefined = no budget or not measured. */
  pass?: boolean;
  unit?: string;
};

export const rows: Row[] = [];
export const notMeasured: string[] = [];

export function fmt(value: Cell): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '–';
  return value;
}

/** The largest (or, for scores and counts where less is worse, the smallest) number. */
export const worst = (values: Array<Cell>, higherIsWorse = true): number | null => {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!numbers.length) return null;
  return higherIsWorse ? Math.max(...numbers) : Math.min(...numbers);
};

export function perLocale<T>(data: Partial<Record<Locale, T>>, value: (t: T) => number | null): Partial<Record<Locale, number | null>> {
  const out: Partial<Record<Locale, number | null>> = {};
  for (const l of localeCodes) out[l] = data[l] === undefined ? null : value(data[l] as T);
  return out;
}

/** A row with a budget: met only when every locale was measured and meets it. */
export function budgetRow(row: Omit<Row, 'pass'>, test: (value: number) => boolean, allLocales = true): void {
  const values = row.locales ? localeCodes.map((l) => row.locales![l]) : [row.site];
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const complete = allLocales ? numbers.length === values.length : numbers.length > 0;
  rows.push({ ...row, pass: numbers.length === 0 ? undefined : complete ? numbers.every(test) : numbers.every(test) ? undefined : false });
}

export function printTable(): string {
  const header = ['figure', 'site', ...localeCodes, 'budget', 'status'];
  const lines: string[][] = [];
  const sectionRows: Array<string | string[]> = [];
  let section = '';
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      sectionRows.push(section);
    }
    const line = [
      row.unit ? `${row.figure} (${row.unit})` : row.figure,
      fmt(row.site),
      ...localeCodes.map((l) => (row.locales ? fmt(row.locales[l]) : '')),
      row.budget ?? '',
      row.budget ? (row.pass === true ? '✓ met' : row.pass === false ? '✗ MISSED' : '– not measured') : '',
    ];
    lines.push(line);
    sectionRows.push(line);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => [...l[i]!].length)));
  const pad = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' │ ');
  const rule = widths.map((w) => '─'.repeat(w)).join('─┼─');
  const out = [pad(header), rule];
  for (const item of sectionRows) {
    if (typeof item === 'string') out.push(`${item.toUpperCase()}`);
    else out.push(pad(item));
  }
  return out.join('\n');
}

/** Budgets missed and budgets not measured, one line each, for the summary under the table. */
export function budgetSummary(): { missed: string[]; unmeasured: string[] } {
  return {
    missed: rows.filter((r) => r.budget && r.pass === false).map((r) => `${r.figure.trim()}${r.unit ? ` (${r.unit})` : ''}: ${fmt(r.site)} — budget ${r.budget}`),
    unmeasured: rows.filter((r) => r.budget && r.pass === undefined).map((r) => `${r.figure.trim()} — budget ${r.budget}`),
  };
}
