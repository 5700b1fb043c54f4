// npm run bench: measures the site and prints one table, writing the same data to
// bench/results.json. It reports; it never fails on a missed budget (the byte budgets are enforced
// by the tests). bench/README.md explains every figure. What each part measures lives in
// scripts/bench/: build.ts (build time, memory, 5× scaling), bytes.ts (bytes per page, JavaScript
// before interaction), checkers.ts (JavaScript after completing each checker, layout shift),
// search.ts (first query, issue-14 bytes, relevance), lighthouse.ts, engines.ts (checker engine
// timing) and report.ts (the table).
//
// Everything is built into bench/tmp/run-<pid>/ (git-ignored), never into dist/.
// BENCH_SKIP_LIGHTHOUSE=1 skips Lighthouse, BENCH_SKIP_SCALING=1 skips the 5× build,
// BENCH_KEEP=1 keeps the temporary folder.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { localeCodes, type Locale } from '../src/config/locales.ts';
import { startStaticServer } from './support/static-server.ts';
import { launchBrowser } from './support/chromium.ts';
import { budgetSummary, log, notMeasured, printTable, round, rows, work } from './bench/report.ts';
import { build, buildRows, scaledContent, SCALE, type Build } from './bench/build.ts';
import { bytesRows, measureBytes } from './bench/bytes.ts';
import { checkerJavaScriptRows, checkerLayoutShiftRows, checkerNames, useChecker, type CheckerRuns } from './bench/checkers.ts';
import { firstSearch, measureSearch, searchJavaScriptRow, searchSectionRows, type SearchFigures, type SearchRun } from './bench/search.ts';
import { lighthouseRows, lighthouseTargets, runLighthouse, type LighthouseRun } from './bench/lighthouse.ts';
import { engineRows, timeEngines } from './bench/engines.ts';

const skipLighthouse = process.env['BENCH_SKIP_LIGHTHOUSE'] === '1';
const skipScaling = process.env['BENCH_SKIP_SCALING'] === '1';

/** Everything measured on the built site, given the 1× build; adds the table's rows in order. */
async function siteFigures(one: Build) {
  // Five times the pages, right after the 1× build so that both run under similar conditions.
  let five: Build | null = null;
  let scaledPages: string[] = [];
  if (!skipScaling) {
    const { contentRoot, extraIds } = scaledContent();
    scaledPages = extraIds;
    try {
      five = await build(`${SCALE}x`, { CONTENT_ROOT: contentRoot, BENCH_EXTRA_PAGES: extraIds.join(',') });
    } catch (error) {
      notMeasured.push(`scaling: the ${SCALE}× build failed: ${String(error).split('\n')[0]}`);
    }
  }

  log('measuring bytes per page');
  const { bytes, allContent } = measureBytes(one);

  // In Chromium, against the 1× build.
  const server = await startStaticServer(one.dist);
  const checkerRuns: CheckerRuns = { 'checker re-entry': {}, 'checker SPS': {} };
  const searches: Partial<Record<Locale, SearchRun>> = {};
  let searchFigures: SearchFigures | null = null;
  let lighthouse: Record<string, LighthouseRun> = {};
  try {
    // The checkers fix the browser's clock, which Playwright fixes for the whole context: the search
    // timings, which compare the page's clock with the network's, get a browser of their own.
    const checkerBrowser = await launchBrowser();
    try {
      for (const l of localeCodes) {
        log(`chromium: checkers, ${l}`);
        for (const checker of checkerNames) checkerRuns[checker][l] = await useChecker(checkerBrowser, server.url, checker, l, bytes[checker][l]!.inlineJsGzip);
      }
    } finally {
      await checkerBrowser.close();
    }
    const browser = await launchBrowser();
    try {
      for (const l of localeCodes) {
        log(`chromium: first search, ${l}`);
        searches[l] = await firstSearch(browser, server.url, l, bytes.search[l]!.inlineJsGzip);
      }
      searchFigures = await measureSearch(browser.context, server.url, one.dist, log);
    } finally {
      await browser.close();
    }
    if (!skipLighthouse) {
      try {
        lighthouse = await runLighthouse(lighthouseTargets(server.url));
      } catch (error) {
        notMeasured.push(`Lighthouse: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await server.close();
  }

  buildRows(one, five, skipScaling ? 'skipped (BENCH_SKIP_SCALING=1)' : null);
  bytesRows(bytes, allContent);
  checkerJavaScriptRows(checkerRuns);
  searchJavaScriptRow(searches);
  checkerLayoutShiftRows(checkerRuns);
  searchSectionRows(searches, searchFigures);
  lighthouseRows(lighthouse, skipLighthouse);
  return { five, scaledPages, bytes, allContent, checkerRuns, searches, searchFigures, lighthouse };
}

async function main() {
  const startedAt = new Date();
  const benchStart = performance.now();
  mkdirSync(work, { recursive: true });
  const results: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryMb: Math.round(totalmem() / 2 ** 20), loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number) },
  };

  // The checker engines first (pure functions, in this process, before the builds load the machine).
  log('timing the checker engines');
  const engines = timeEngines();
  results['checkerEngines'] = engines;

  // Everything about the built site (skipped, with a note, when the site does not build).
  const strip = (b: Build | null) => b && { ...b, astro: { ...b.astro, output: undefined }, pagefind: { ...b.pagefind, output: undefined } };
  let lighthouse: Record<string, LighthouseRun> = {};
  let one: Build | null = null;
  try {
    one = await build('1x', {});
  } catch (error) {
    notMeasured.push(`everything about the built site — the 1× build failed: ${String(error).split('\n').slice(0, 12).join(' ⏎ ')}`);
  }
  if (one) {
    const site = await siteFigures(one);
    lighthouse = site.lighthouse;
    Object.assign(results, { build1x: strip(one), build5x: strip(site.five), scaledPageIds: site.scaledPages, bytes: site.bytes, contentPagesJs: site.allContent, checkerAfterInteraction: site.checkerRuns, search: site.searches, searchFigures: site.searchFigures, lighthouse });
  }
  engineRows(engines);

  const table = printTable();
  const { missed, unmeasured } = budgetSummary();
  const lighthouseNotes = Object.entries(lighthouse).flatMap(([key, r]) => (r.ok ? r.warnings.map((w) => `${key.replace('|', ' ')}: ${w}`) : []));
  const benchSeconds = round((performance.now() - benchStart) / 1000, 0);
  const out = (text: string) => process.stdout.write(text);
  out(`\nBench ${startedAt.toISOString()} · Node ${process.version} · ${cpus().length} CPUs · load average at start ${(results['machine'] as { loadAverage: number[] }).loadAverage.join(' ')} · bench took ${benchSeconds} s\n\n`);
  out(`${table}\n\n`);
  out(missed.length ? `BUDGETS MISSED (${missed.length}):\n${missed.map((m) => `  ✗ ${m}`).join('\n')}\n` : 'All budgets met.\n');
  if (unmeasured.length) out(`Budgets not (fully) measured:\n${unmeasured.map((m) => `  – ${m}`).join('\n')}\n`);
  if (notMeasured.length) out(`Not measured:\n${notMeasured.map((m) => `  – ${m}`).join('\n')}\n`);
  const indexes = Object.values(lighthouse).flatMap((r) => (r.ok && r.benchmarkIndex !== null ? [Math.round(r.benchmarkIndex)] : []));
  if (indexes.length) out(`Lighthouse benchmarkIndex of this machine (its CPU speed, higher is faster; simulated TBT and LCP grow on a slower or busier machine): ${Math.min(...indexes)}–${Math.max(...indexes)}\n`);
  if (lighthouseNotes.length) out(`Lighthouse audits below 100 and run warnings:\n${[...new Set(lighthouseNotes)].map((m) => `  · ${m}`).join('\n')}\n`);
  out('Details: bench/results.json · what each figure means: bench/README.md\n');

  Object.assign(results, { benchSeconds, rows, budgetsMissed: missed, notMeasured, table });
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
}

try {
  await main();
} catch (error) {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  if (process.env['BENCH_KEEP'] === '1') log(`kept ${work}`);
  else {
    rmSync(work, { recursive: true, force: true });
    // bench/tmp itself only if no other run is using it.
    if (existsSync('bench/tmp') && readdirSync('bench/tmp').length === 0) rmSync('bench/tmp', { recursive: true, force: true });
  }
}
