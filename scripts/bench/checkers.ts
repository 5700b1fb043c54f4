// The checkers in Chromium: a reader answers every question through the form, submits and waits
// for the result. Measures the JavaScript the page received by then (issue 16: ≤ 10 KB gzip, as
// before interaction) and the page's cumulative layout shift (CLS), on load and after the result.
// Rows: the "after completing the form" half of "JavaScript", and "layout shift".
import type { Page } from 'playwright-core';
import type { Browser } from '../support/chromium.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { checkerBudgetKb, javaScriptSection, pageTypes } from './bytes.ts';
import { recordTransfers } from './transfers.ts';
import { budgetRow, kb, notMeasured, perLocale, round, rows, worst } from './report.ts';

export type CheckerName = 'checker re-entry' | 'checker SPS';
export const checkerNames: readonly CheckerName[] = ['checker re-entry', 'checker SPS'];

/**
 * One answer, given as a reader gives it: a radio button or a checkbox by its name and value, or
 * the three boxes of a date (`<name>-year`, `-month`, `-day`). `ifShown`: some questions appear
 * only for some answers or some dictionaries; the step is skipped when the input is not there.
 */
type Step = { radio: string; value: string; ifShown?: true } | { tick: string; value: string } | { date: string; iso: string };

/**
 * The same answers as tests/browser/checkers.test.ts, in the order the questions appear: which
 * questions show depends on the answers before them (the trips question only for a trip not yet
 * begun, with no permit held), so they are answered top to bottom.
 */
const answers: Record<CheckerName, { steps: readonly Step[]; result: string }> = {
  // A mid-to-long-term resident leaving on 20 December 2026 for one trip, back 10 January 2027.
  'checker re-entry': {
    steps: [
      { radio: 'residence', value: 'mid_long_term' }, { radio: 'passport', value: 'yes' }, { radio: 'card', value: 'yes' },
      { tick: 'ex', value: 'none' }, { date: 'expiry', iso: '2028-05-31' }, { radio: 'pending', value: 'no' },
      { date: 'departure', iso: '2026-12-20' }, { date: 'return', iso: '2027-01-10' }, { radio: 'permit', value: 'none' },
      { radio: 'trips', value: 'one' },
    ],
    result: '#reentry-result-heading',
  },
  // An overstayer not yet in contact with the authorities who wants to stay, married to a Japanese national.
  'checker SPS': {
    steps: [
      { radio: 'wish', value: 'stay' }, { radio: 'situation', value: 'overstay' }, { radio: 'stage', value: 'no_contact' },
      { radio: 'sentence', value: 'none' }, { radio: 'listed', value: 'no', ifShown: true }, { radio: 'ground', value: 'no' },
      { radio: 'prior', value: 'no' }, { tick: 'favour', value: 'married_japanese_or_spr' },
    ],
    result: '#sps-result',
  },
};

/**
 * The day the browser's clock shows, as in tests/browser/checkers.test.ts: the re-entry checker
 * compares the departure with today, so a fixed day keeps the same questions and result every run.
 * Playwright fixes it for the whole browser context: run the checkers in a browser of their own.
 */
const fixedNow = new Date('2026-12-03T10:00:00+09:00');

export type CheckerRun =
  | { ok: true; jsGzip: number; jsFiles: string[]; clsOnLoad: number; clsAfterResult: number; shifts: number }
  | { ok: false; error: string };

/** Sums layout shifts not caused by the reader's own input, as CLS counts them (from the first paint). */
function observeLayoutShifts(): void {
  const w = window as unknown as { __benchCls: { sum: number; count: number } };
  w.__benchCls = { sum: 0, count: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
      if (entry.hadRecentInput) continue;
      w.__benchCls.sum += entry.value;
      w.__benchCls.count += 1;
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const readCls = (page: Page) => page.evaluate(() => (window as unknown as { __benchCls: { sum: number; count: number } }).__benchCls);

async function answer(page: Page, step: Step): Promise<void> {
  const form = '.checker-root form';
  if ('date' in step) {
    const [year, month, day] = step.iso.split('-');
    await page.locator(`${form} input[name="${step.date}-year"]`).fill(year!, { timeout: 5000 });
    await page.locator(`${form} input[name="${step.date}-month"]`).fill(month!, { timeout: 5000 });
    await page.locator(`${form} input[name="${step.date}-day"]`).fill(day!, { timeout: 5000 });
    return;
  }
  const name = 'radio' in step ? step.radio : step.tick;
  const input = page.locator(`${form} input[name="${name}"][value="${step.value}"]`);
  if ('ifShown' in step && (await input.count()) === 0) return;
  await input.check({ timeout: 5000 });
}

/** Opens the checker (cache off), answers every question, submits and waits for the result. */
export async function useChecker(browser: Browser, base: string, checker: CheckerName, locale: Locale, inlineJsGzip: number): Promise<CheckerRun> {
  const page = await browser.context.newPage();
  let step = 'loading the page';
  try {
    await page.clock.setFixedTime(fixedNow);
    await page.addInitScript(observeLayoutShifts);
    const rec = await recordTransfers(browser, page);
    await page.goto(`${base}${pageTypes[checker](locale)}`, { waitUntil: 'networkidle' });
    const onLoad = await readCls(page);
    for (const s of answers[checker].steps) {
      step = `answering ${'date' in s ? `${s.date}=${s.iso}` : `${'radio' in s ? s.radio : s.tick}=${s.value}`}`;
      await answer(page, s);
    }
    step = 'submitting';
    await page.locator('.checker-root form button[type="submit"]').first().click();
    step = `waiting for ${answers[checker].result}`;
    await page.locator(answers[checker].result).waitFor({ timeout: 10_000 });
    await rec.settle();
    // Shifts are reported after the frame that caused them: give the last one a moment.
    await page.waitForTimeout(500);
    const after = await readCls(page);
    const js = rec.transfers.filter((t) => t.js);
    return { ok: true, jsGzip: js.reduce((n, t) => n + t.gzipBytes, 0) + inlineJsGzip, jsFiles: js.map((t) => t.url), clsOnLoad: onLoad.sum, clsAfterResult: after.sum, shifts: after.count };
  } catch (error) {
    return { ok: false, error: `${step}: ${String(error).split('\n')[0]!}` };
  } finally {
    await page.close();
  }
}

export type CheckerRuns = Record<CheckerName, Partial<Record<Locale, CheckerRun>>>;

/** JavaScript after completing the form: the same budget as before interaction (issue 16). */
export function checkerJavaScriptRows(runs: CheckerRuns): void {
  for (const type of checkerNames) {
    const loc = perLocale(runs[type], (r) => (r.ok ? kb(r.jsGzip) : null));
    budgetRow({ section: javaScriptSection, figure: `after completing the form, ${type}`, site: worst(Object.values(loc)), locales: loc, budget: `≤ ${checkerBudgetKb} KB` }, (v) => v <= checkerBudgetKb);
    for (const l of localeCodes) {
      const r = runs[type][l];
      if (r && !r.ok) notMeasured.push(`${type} after interaction, ${l}: ${r.error}`);
    }
  }
}

/** CLS on a 390 px phone: on load (before any answer), and after the result (shifts caused by typing and clicking excluded, as CLS does). */
export function checkerLayoutShiftRows(runs: CheckerRuns): void {
  const section = 'layout shift (CLS, Chromium PerformanceObserver, 390 px phone; Web Vitals "good" is ≤ 0.1)';
  for (const type of checkerNames) {
    const onLoad = perLocale(runs[type], (r) => (r.ok ? round(r.clsOnLoad, 3) : null));
    const after = perLocale(runs[type], (r) => (r.ok ? round(r.clsAfterResult, 3) : null));
    rows.push({ section, figure: `on load, ${type}`, site: worst(Object.values(onLoad)), locales: onLoad });
    rows.push({ section, figure: `through the result, ${type}`, site: worst(Object.values(after)), locales: after });
  }
}
