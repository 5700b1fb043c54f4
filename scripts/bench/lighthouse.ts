// Lighthouse 13 on the local server, mobile form factor with simulated throttling, in a Chromium
// started with the tests' binary and flags: the four category scores, LCP, CLS and TBT for the
// home, guide, both checker pages and search, in en and ja. Rows: section "lighthouse".
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumFlags, chromiumPath } from '../support/chromium.ts';
import type { Locale } from '../../src/config/locales.ts';
import { log, notMeasured, round, rows, work, worst, type Cell } from './report.ts';
import { pageTypes } from './bytes.ts';

/** The pages Lighthouse runs on, in each of en and ja. */
export const lighthousePages = ['home', 'guide', 'checker re-entry', 'checker SPS', 'search'] as const;
const lighthouseLocales = ['en', 'ja'] as const;

/** What to run: one URL per page type and locale, keyed `type|locale`. */
export function lighthouseTargets(base: string): Array<{ key: string; url: string }> {
  return lighthouseLocales.flatMap((l) => lighthousePages.map((type) => ({ key: `${type}|${l}`, url: `${base}${pageTypes[type](l)}` })));
}

export type LighthouseRun =
  | { ok: true; performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; cls: number; tbtMs: number; warnings: string[]; benchmarkIndex: number | null; mainThreadMs: Record<string, number> }
  | { ok: false; error: string };

/** Starts Chromium (same binary and flags as the tests) with a DevTools port for Lighthouse. */
async function startDebuggableChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = join(work, 'lighthouse-profile');
  mkdirSync(profile, { recursive: true });
  const child = spawn(chromiumPath, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((done, fail) => {
    let text = '';
    const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools port: ${text.slice(-500)}`)), 30_000);
    child.stderr.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        done(Number(m[1]));
      }
    });
    child.on('exit', (code) => fail(new Error(`Chromium exited (${code}): ${text.slice(-500)}`)));
  });
  return {
    port,
    stop: () => new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.on('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}

type LighthouseFn = (typeof import('lighthouse'))['default'];

async function lighthouseOnce(lighthouse: LighthouseFn, port: number, url: string): Promise<LighthouseRun> {
  try {
    const result = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      formFactor: 'mobile',
      throttlingMethod: 'simulate',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error('Lighthouse returned no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (id: string) => {
      const value = lhr.categories[id]?.score;
      return typeof value === 'number' ? Math.round(value * 100) : null;
    };
    const numeric = (id: string) => {
      const audit = lhr.audits[id];
      if (!audit || typeof audit.numericValue !== 'number') return null;
      return audit.numericValue;
    };
    const categories = { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') };
    const metrics = { lcpMs: numeric('largest-contentful-paint'), cls: numeric('cumulative-layout-shift'), tbtMs: numeric('total-blocking-time') };
    if (Object.values(categories).some((v) => v === null) || Object.values(metrics).some((v) => v === null)) {
      const errors = ['largest-contentful-paint', 'total-blocking-time', 'first-contentful-paint'].flatMap((id) => (lhr.audits[id]?.errorMessage ? [`${id}: ${lhr.audits[id]!.errorMessage}`] : []));
      throw new Error(`incomplete result${errors.length ? ` (${errors.join('; ')})` : ''}`);
    }
    const failing = Object.values(lhr.categories)
      .filter((c) => c.id !== 'performance')
      .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id]?.score ?? 1) < 1).map((r) => `${c.id}: ${r.id}`));
    return {
      ok: true,
      performance: categories.performance!, accessibility: categories.accessibility!, bestPractices: categories.bestPractices!, seo: categories.seo!,
      lcpMs: metrics.lcpMs!, cls: metrics.cls!, tbtMs: metrics.tbtMs!,
      warnings: [...(lhr.runWarnings ?? []), ...failing],
      // Lighthouse's own measure of this machine's CPU speed (higher is faster) and where the main thread's time went.
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
      mainThreadMs: Object.fromEntries(((lhr.audits['mainthread-work-breakdown']?.details as { items?: Array<{ groupLabel?: string; group?: string; duration: number }> } | undefined)?.items ?? []).map((i) => [i.groupLabel ?? i.group ?? '?', Math.round(i.duration)])),
    };
  } catch (error) {
    return { ok: false, error: String(error).split('\n')[0]! };
  }
}

export async function runLighthouse(urls: Array<{ key: string; url: string }>): Promise<Record<string, LighthouseRun>> {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await startDebuggableChromium();
  const out: Record<string, LighthouseRun> = {};
  try {
    for (const { key, url } of urls) {
      // A run can fail on a busy machine (no paint recorded, a timeout): one retry, then report it.
      for (let attempt = 1; attempt <= 2; attempt++) {
        log(`lighthouse ${url}${attempt > 1 ? ' (retry)' : ''}`);
        out[key] = await lighthouseOnce(lighthouse, chrome.port, url);
        if (out[key]!.ok) break;
      }
    }
  } finally {
    await chrome.stop();
  }
  return out;
}

export function lighthouseRows(lighthouse: Record<string, LighthouseRun>, skipped: boolean): void {
  const lsec = 'lighthouse 13 (mobile, simulated throttling; en and ja only)';
  if (skipped) {
    notMeasured.push('Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)');
  } else {
    for (const type of lighthousePages) {
      const get = (l: Locale) => lighthouse[`${type}|${l}`];
      const cats: Partial<Record<Locale, Cell>> = {};
      const lcp: Partial<Record<Locale, Cell>> = {};
      const cls: Partial<Record<Locale, Cell>> = {};
      const tbt: Partial<Record<Locale, Cell>> = {};
      const scores: number[] = [];
      const lcps: number[] = [];
      for (const l of lighthouseLocales) {
        const r = get(l);
        if (!r) continue;
        if (!r.ok) {
          notMeasured.push(`Lighthouse ${type} ${l}: ${r.error}`);
          continue;
        }
        cats[l] = [r.performance, r.accessibility, r.bestPractices, r.seo].join('·');
        scores.push(r.performance, r.accessibility, r.bestPractices, r.seo);
        lcp[l] = round(r.lcpMs / 1000, 2);
        lcps.push(r.lcpMs / 1000);
        cls[l] = round(r.cls, 3);
        tbt[l] = Math.round(r.tbtMs);
      }
      const worstCats = lighthouseLocales.map(get).filter((r): r is Extract<LighthouseRun, { ok: true }> => !!r && r.ok);
      const siteCats = worstCats.length ? [Math.min(...worstCats.map((r) => r.performance)), Math.min(...worstCats.map((r) => r.accessibility)), Math.min(...worstCats.map((r) => r.bestPractices)), Math.min(...worstCats.map((r) => r.seo))].join('·') : null;
      rows.push({ section: lsec, figure: `perf·a11y·best-pr.·SEO, ${type}`, site: siteCats, locales: cats, budget: '100 each', pass: scores.length ? scores.every((v) => v === 100) : undefined });
      rows.push({ section: lsec, figure: `  LCP, ${type}`, unit: 's', site: worst(lcps.map((v) => round(v, 2))), locales: lcp, budget: '< 1.5 s', pass: lcps.length ? lcps.every((v) => v < 1.5) : undefined });
      rows.push({ section: lsec, figure: `  CLS, ${type}`, site: worst(Object.values(cls) as number[]), locales: cls });
      rows.push({ section: lsec, figure: `  TBT, ${type}`, unit: 'ms', site: worst(Object.values(tbt) as number[]), locales: tbt });
    }
  }
}
