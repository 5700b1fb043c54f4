// npm run bench: build time and memory, how the build scales with 5× the pages, bytes per page
// type and locale, Lighthouse, search and checker timings. Prints one table and writes the same
// data to bench/results.json. It reports; it never fails on a missed budget (the byte budgets are
// enforced by tests/browser/built-site.test.ts). bench/README.md explains every figure.
//
// Everything is built into bench/tmp/run-<pid>/ (git-ignored), never into dist/.
// BENCH_SKIP_LIGHTHOUSE=1 skips Lighthouse, BENCH_SKIP_SCALING=1 skips the 5× build,
// BENCH_KEEP=1 keeps the temporary folder.

import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { pagefindArgs, pagefindBin, pagefindEnv } from './search-index.ts';
import { measureSearch, searchRows, type SearchFigures } from './bench/search.ts';
import { startStaticServer, type StaticServer } from '../tests/support/static-server.ts';
import { chromiumFlags, chromiumPath, launchBrowser, type Browser } from '../tests/support/chromium.ts';
import { attributeValues, builtPages, distDir, fileFor, gzipSize, initialJavaScript } from '../tests/support/dist.ts';
import { localeCodes, type Locale } from '../src/config/locales.ts';
import { pageIds } from '../src/content/pages.ts';
import { assessReentry, exclusionKinds, residences, tripPlans, type ReentryAnswers } from '../widgets/reentry/assess.ts';
import { answersToQuery } from '../widgets/reentry/query.ts';
import { assessSps, assessSpsForm, keepShownAnswers, type SpsAnswers } from '../widgets/sps/assess.ts';
import { toSpsQuery } from '../widgets/sps/query.ts';
import { againstFactors, favourFactors, sentences, situations, stages, wishes } from '../widgets/sps/questions.ts';

const projectRoot = process.cwd();
const work = resolve('bench/tmp', `run-${process.pid}`);
const skipLighthouse = process.env['BENCH_SKIP_LIGHTHOUSE'] === '1';
const skipScaling = process.env['BENCH_SKIP_SCALING'] === '1';
const SCALE = 5;
const KB = 1024;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const kb = (bytes: number) => round(bytes / KB, 1);

// ─── Measuring a child process tree: wall time and memory from /proc ──────────────────────────

type Measured = {
  ms: number;
  status: number | null;
  output: string;
  /** Peak of the sum of VmRSS over the whole process tree, sampled every 100 ms (KB). */
  peakTreeRssKb: number | null;
  /** Largest VmHWM (the kernel's exact peak RSS) of any one process of the tree (KB). */
  peakProcessKb: number | null;
};

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return null;
  }
}

function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
      } catch {
        return [];
      }
    });
  } catch {
    return [];
  }
}

function processTree(root: number): number[] {
  const seen = new Set<number>();
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    queue.push(...childPids(pid));
  }
  return [...seen];
}

function runMeasured(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Measured> {
  const canRead = existsSync('/proc/self/status');
  const start = performance.now();
  const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const peakByPid = new Map<number, number>();
  let peakTree = 0;
  const sample = () => {
    if (!canRead || child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const m = procStatus(pid);
      if (!m) continue;
      sum += m.rss;
      peakByPid.set(pid, Math.max(peakByPid.get(pid) ?? 0, m.hwm));
    }
    peakTree = Math.max(peakTree, sum);
  };
  const timer = setInterval(sample, 100);
  sample();
  return new Promise((done) => {
    child.on('close', (status) => {
      clearInterval(timer);
      done({
        ms: performance.now() - start,
        status,
        output,
        peakTreeRssKb: canRead && peakTree > 0 ? peakTree : null,
        peakProcessKb: canRead && peakByPid.size ? Math.max(...peakByPid.values()) : null,
      });
    });
  });
}

// ─── Building ─────────────────────────────────────────────────────────────────────────────────

type RenderGroup = 'content' | 'checker' | 'search' | 'translation-status' | 'other';
type Build = {
  label: string;
  root: string;
  dist: string;
  astro: Measured;
  pagefind: Measured;
  totalMs: number;
  htmlPages: number;
  contentPages: number;
  /** Astro's per-page times ("(+123ms)" after each route it writes), summed per kind of route. */
  renderMs: Record<RenderGroup, { pages: number; ms: number }>;
};

const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

function renderGroup(path: string): RenderGroup {
  if (path.includes('/check/')) return 'checker';
  if (path.endsWith('/search/index.html')) return 'search';
  if (path.includes('/translation-status/')) return 'translation-status';
  if (/^\/[a-z-]+\/(?:[a-z0-9-]+\/)?index\.html$/.test(path)) return 'content';
  return 'other';
}

function parseRenderTimes(output: string): Build['renderMs'] {
  const groups: Build['renderMs'] = {
    content: { pages: 0, ms: 0 }, checker: { pages: 0, ms: 0 }, search: { pages: 0, ms: 0 },
    'translation-status': { pages: 0, ms: 0 }, other: { pages: 0, ms: 0 },
  };
  // eslint-disable-next-line no-control-regex
  const plain = output.replace(/\x1b\[[0-9;]*m/g, '');
  for (const m of plain.matchAll(/[├└]─ (\S+) \(\+([\d.]+)(ms|s)\)/g)) {
    const group = groups[renderGroup(m[1]!)];
    group.pages += 1;
    group.ms += Number(m[2]) * (m[3] === 's' ? 1000 : 1);
  }
  return groups;
}

function countHtml(dist: string): { all: number; content: number } {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name).slice(dist.length).replace(/\\/g, '/'));
  return { all: files.length, content: files.filter((f) => renderGroup(f) === 'content').length };
}

async function build(label: string, extraEnv: Record<string, string>): Promise<Build> {
  const root = join(work, label);
  const dist = join(root, 'dist');
  mkdirSync(root, { recursive: true });
  const env: NodeJS.ProcessEnv = { ...process.env, OUT_DIR: dist, CACHE_DIR: join(root, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...extraEnv };
  if (!extraEnv['CONTENT_ROOT']) delete env['CONTENT_ROOT'];
  if (!extraEnv['BENCH_EXTRA_PAGES']) delete env['BENCH_EXTRA_PAGES'];
  log(`${label}: astro build → ${dist}`);
  const astro = await runMeasured(process.execPath, [astroBin, 'build'], env);
  writeFileSync(join(root, 'astro-build.log'), astro.output);
  if (astro.status !== 0) throw new Error(`astro build (${label}) failed with status ${astro.status}; log: ${join(root, 'astro-build.log')}\n${astro.output.slice(-3000)}`);
  log(`${label}: astro build took ${round(astro.ms / 1000)} s; pagefind --site ${dist}`);
  const pagefind = await runMeasured(process.execPath, [pagefindBin, ...pagefindArgs(dist)], { ...env, ...pagefindEnv });
  writeFileSync(join(root, 'pagefind.log'), pagefind.output);
  if (pagefind.status !== 0) throw new Error(`pagefind (${label}) failed with status ${pagefind.status}\n${pagefind.output.slice(-3000)}`);
  const counts = countHtml(dist);
  return { label, root, dist, astro, pagefind, totalMs: astro.ms + pagefind.ms, htmlPages: counts.all, contentPages: counts.content, renderMs: parseRenderTimes(astro.output) };
}

/** A content folder with the real pages plus SCALE−1 copies of every page in every locale. */
function scaledContent(): { contentRoot: string; extraIds: string[] } {
  const contentRoot = join(work, 'content-5x');
  cpSync(join(projectRoot, 'content'), contentRoot, { recursive: true });
  const extraIds = new Set<string>();
  for (const locale of readdirSync(contentRoot)) {
    const folder = join(contentRoot, locale);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx'))) {
      const id = file.slice(0, -'.mdx'.length);
      if (!(pageIds as readonly string[]).includes(id)) continue;
      for (let copy = 1; copy < SCALE; copy++) {
        const extraId = `bench-${copy}-${id}`;
        extraIds.add(extraId);
        cpSync(join(folder, file), join(folder, `${extraId}.mdx`));
      }
    }
  }
  return { contentRoot, extraIds: [...extraIds].sort() };
}

// ─── Bytes per page type and locale (from the built files) ────────────────────────────────────

const pageTypes = {
  home: (l: string) => `/${l}/`,
  guide: (l: string) => `/${l}/special-re-entry-permit/`,
  'checker re-entry': (l: string) => `/${l}/check/re-entry/`,
  'checker SPS': (l: string) => `/${l}/check/special-permission/`,
  search: (l: string) => `/${l}/search/`,
} as const;
type PageType = keyof typeof pageTypes;
const pageTypeNames = Object.keys(pageTypes) as PageType[];

type PageBytes = { htmlRaw: number; htmlGzip: number; cssGzip: number; jsBeforeGzip: number; jsBeforeFiles: string[]; inlineJsGzip: number };

/** dist.ts reads `dist/` relative to the working directory: run it inside the temporary build. */
function inBuild<T>(build: Build, fn: () => T): T {
  if (distDir !== 'dist') throw new Error(`tests/support/dist.ts reads ${distDir}, expected dist`);
  process.chdir(build.root);
  try {
    return fn();
  } finally {
    process.chdir(projectRoot);
  }
}

function pageBytes(build: Build, path: string): PageBytes {
  return inBuild(build, () => {
    const file = fileFor(path);
    if (!file) throw new Error(`${path} is not in the build`);
    const html = readFileSync(file, 'utf8');
    const styles = attributeValues(html, 'link', 'href').filter((h) => h.split('?')[0]!.endsWith('.css'));
    const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '').join('');
    const cssGzip = styles.reduce((n, href) => n + (fileFor(href) ? gzipSize(fileFor(href)!) : 0), 0) + (inlineCss ? gzipSync(inlineCss).length : 0);
    const inlineJs = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '').join('');
    const js = initialJavaScript(html);
    return {
      htmlRaw: Buffer.byteLength(html),
      htmlGzip: gzipSize(file),
      cssGzip,
      jsBeforeGzip: js.gzipBytes,
      jsBeforeFiles: js.files,
      inlineJsGzip: inlineJs ? gzipSync(inlineJs).length : 0,
    };
  });
}

/** Largest JavaScript-before-interaction over every content page (all page ids, all locales). */
function contentPagesJs(build: Build): { pages: number; maxGzip: number; withScripts: string[] } {
  return inBuild(build, () => {
    const contentPaths = new Set(localeCodes.flatMap((l) => pageIds.map((id) => (id === 'index' ? `/${l}/` : `/${l}/${id}/`))));
    const pages = builtPages().filter((p) => contentPaths.has(p.path));
    const sizes = pages.map((p) => ({ path: p.path, gzip: initialJavaScript(p.html).gzipBytes, script: p.html.includes('<script') }));
    return { pages: pages.length, maxGzip: Math.max(0, ...sizes.map((s) => s.gzip)), withScripts: sizes.filter((s) => s.gzip > 0 || s.script).map((s) => s.path) };
  });
}

// ─── In Chromium: JavaScript after using a checker, search bytes and time ─────────────────────

/** `start`: when the request started, in ms since the epoch on the browser's clock. */
type Transfer = { url: string; start: number; bytes: number; headerBytes: number; gzipBytes: number; js: boolean };

/** Records every response of a page with the time its request started; the cache is off. */
async function recordTransfers(browser: Browser, page: Page) {
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const transfers: Transfer[] = [];
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      const response = await request.response();
      if (!response) return;
      const sizes = await request.sizes();
      const body = await response.body().catch(() => Buffer.alloc(0));
      const type = response.headers()['content-type'] ?? '';
      const js = request.resourceType() === 'script' || /javascript/.test(type) || /\.m?js$/.test(new URL(request.url()).pathname);
      transfers.push({
        url: new URL(request.url()).pathname,
        start: request.timing().startTime,
        // The local server never compresses, so the body is as long as what was sent; Chromium
        // reports no body size for some requests (the Pagefind worker), hence the fallback.
        bytes: sizes.responseHeadersSize + (sizes.responseBodySize > 0 ? sizes.responseBodySize : body.length),
        headerBytes: sizes.responseHeadersSize,
        // What a host that compresses would send (Pagefind's index files are gzip already).
        gzipBytes: Math.min(body.length, gzipSync(body).length),
        js,
      });
    })());
  });
  return {
    transfers,
    settle: async () => {
      await page.waitForLoadState('networkidle').catch(() => undefined);
      await Promise.all(pending);
    },
  };
}

type CheckerRun = { jsGzip: number; jsFiles: string[]; ok: true } | { ok: false; error: string };

/** Answers the checker's questions in the form, submits, waits for the result. */
async function useChecker(browser: Browser, base: string, path: string, params: URLSearchParams, resultSelector: string, inlineJsGzip: number): Promise<CheckerRun> {
  const page = await browser.context.newPage();
  let step = 'loading the page';
  try {
    const rec = await recordTransfers(browser, page);
    await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
    for (const [name, value] of params) {
      step = `answering ${name}=${value}`;
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
        await page.locator(`.checker-root form input[name="${name}"][value="${value}"]`).check({ timeout: 5000 });
      } else {
        const [year, month, day] = value.split('-');
        await page.locator(`.checker-root form input[name="${name}-year"]`).fill(year!);
        await page.locator(`.checker-root form input[name="${name}-month"]`).fill(month!);
        await page.locator(`.checker-root form input[name="${name}-day"]`).fill(day!);
      }
    }
    step = 'submitting';
    await page.locator('.checker-root form button[type="submit"]').first().click();
    step = `waiting for ${resultSelector}`;
    await page.locator(resultSelector).waitFor({ timeout: 10_000 });
    await rec.settle();
    const js = rec.transfers.filter((t) => t.js);
    return { ok: true, jsGzip: js.reduce((n, t) => n + t.gzipBytes, 0) + inlineJsGzip, jsFiles: js.map((t) => t.url) };
  } catch (error) {
    return { ok: false, error: `${step}: ${String(error).split('\n')[0]!}` };
  } finally {
    await page.close();
  }
}

const searchQueries: Partial<Record<Locale, string>> = {
  en: 'minashi', ja: '再入国許可', 'zh-cn': '在留特别许可', ko: '재입국허가', vi: 'tái nhập cảnh', tl: 're-entry permit', ne: 'पुनःप्रवेश', 'pt-br': 'reentrada',
  id: 'izin masuk kembali', 'ja-easy': 'かんりそち',
};

/** A language without a chosen query is timed with its own glossary word for the re-entry permit. */
function searchQueryFor(locale: Locale): string {
  const chosen = searchQueries[locale];
  if (chosen) return chosen;
  const glossary = JSON.parse(readFileSync(`src/i18n/${locale}/glossary.json`, 'utf8')) as Record<string, { term: string }>;
  return glossary['re-entry-permit']?.term ?? 're-entry permit';
}

type SearchRun =
  | { ok: true; query: string; results: number; ms: number; loadBytes: number; queryBytes: number; queryHeaderBytes: number; queryGzipBytes: number; queryRequests: number; jsAfterGzip: number; queryFiles: Array<{ url: string; bytes: number; gzipBytes: number }> }
  | { ok: false; query: string; error: string };

/** Loads the search page (cold cache), types the query and waits for the first results. */
async function firstSearch(browser: Browser, base: string, locale: Locale, inlineJsGzip: number): Promise<SearchRun> {
  const query = searchQueryFor(locale);
  const page = await browser.context.newPage();
  try {
    const rec = await recordTransfers(browser, page);
    await page.goto(`${base}/${locale}/search/`, { waitUntil: 'networkidle' });
    // Focus and type in one go, timed inside the page: includes the page's 200 ms typing pause.
    const outcome = await page.evaluate((q) => new Promise<{ ms: number; startEpoch: number; endEpoch: number; results: number; error?: string }>((done) => {
      const input = document.querySelector<HTMLInputElement>('#search-query');
      const list = document.querySelector('ol.search-results');
      const status = document.querySelector('[role="status"]');
      const app = document.getElementById('search-app');
      if (!input || !list || !status) return done({ ms: 0, startEpoch: 0, endEpoch: 0, results: 0, error: 'search form not found' });
      const loading = (JSON.parse(app?.dataset['strings'] ?? '{}') as Record<string, string>)['loading'] ?? '';
      const start = performance.now();
      const finish = (error?: string) => {
        const end = performance.now();
        done({ ms: end - start, startEpoch: performance.timeOrigin + start, endEpoch: performance.timeOrigin + end, results: list.children.length, ...(error ? { error } : {}) });
      };
      const check = () => {
        const text = status.textContent ?? '';
        if (list.children.length > 0 || (text && text !== loading)) {
          observer.disconnect();
          finish();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(list, { childList: true });
      observer.observe(status, { childList: true, characterData: true, subtree: true });
      setTimeout(() => finish('no results after 20 s'), 20_000);
      input.focus();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }), query);
    await rec.settle();
    if (outcome.error) return { ok: false, query, error: outcome.error };
    // Requests started before typing belong to the page; from typing to the results, to the query.
    const load = rec.transfers.filter((t) => t.start < outcome.startEpoch);
    const search = rec.transfers.filter((t) => t.start >= outcome.startEpoch && t.start <= outcome.endEpoch);
    const js = rec.transfers.filter((t) => t.js && t.start <= outcome.endEpoch);
    return {
      ok: true, query, results: outcome.results, ms: outcome.ms,
      loadBytes: load.reduce((n, t) => n + t.bytes, 0),
      queryBytes: search.reduce((n, t) => n + t.bytes, 0),
      queryHeaderBytes: search.reduce((n, t) => n + t.headerBytes, 0),
      queryGzipBytes: search.reduce((n, t) => n + t.gzipBytes, 0),
      queryRequests: search.length,
      jsAfterGzip: js.reduce((n, t) => n + t.gzipBytes, 0) + inlineJsGzip,
      queryFiles: search.map((t) => ({ url: t.url, bytes: t.bytes, gzipBytes: t.gzipBytes })),
    };
  } catch (error) {
    return { ok: false, query, error: String(error).split('\n')[0]! };
  } finally {
    await page.close();
  }
}

// ─── Lighthouse ───────────────────────────────────────────────────────────────────────────────

type LighthouseRun =
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

async function runLighthouse(urls: Array<{ key: string; url: string }>): Promise<Record<string, LighthouseRun>> {
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

// ─── Checker engines: time per assessment ─────────────────────────────────────────────────────

/** Deterministic pseudo-random numbers (mulberry32), so every run times the same inputs. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T,>(items: readonly T[]): T => items[int(items.length)]!;
  const some = <T,>(items: readonly T[], chance: number): T[] => items.filter(() => next() < chance);
  return { next, int, pick, some };
}

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function reentryInputs(count: number): { inputs: ReentryAnswers[]; generated: number } {
  const r = random(20241);
  const inputs: ReentryAnswers[] = [];
  let generated = 0;
  while (inputs.length < count && generated < count * 20) {
    generated++;
    const departure = addDays('2024-01-01', r.int(2500));
    const answers: ReentryAnswers = {
      residence: r.pick(residences),
      hasValidPassport: r.next() < 0.85,
      hasCard: r.next() < 0.85,
      exclusions: r.next() < 0.8 ? [] : r.some(exclusionKinds, 0.3),
      stayExpiry: addDays(departure, r.int(2200) - 30),
      pendingApplication: r.next() < 0.2,
      departure,
      plannedReturn: addDays(departure, r.int(2600)),
      trips: r.pick(tripPlans),
    };
    if (assessReentry(answers).kind !== 'invalid') inputs.push(answers);
  }
  return { inputs, generated };
}

function spsInputs(count: number): { inputs: SpsAnswers[]; generated: number } {
  const r = random(20240610);
  const inputs: SpsAnswers[] = [];
  let generated = 0;
  while (inputs.length < count && generated < count * 20) {
    generated++;
    const answers: SpsAnswers = {
      wish: r.pick(wishes),
      situation: r.pick(situations),
      stage: r.pick(stages),
      sentence: r.pick(sentences),
      listedCrimeConviction: r.next() < 0.2,
      previouslyDeportedOrOrdered: r.next() < 0.2,
      inFavour: r.some(favourFactors, 0.25),
      against: r.some(againstFactors.filter((c) => c !== 'criminal_offence'), 0.15),
    };
    if (assessSps(answers).kind === 'result') inputs.push(answers);
  }
  return { inputs, generated };
}

type EngineTiming = { calls: number; distinctInputs: number; generated: number; meanUs: number; p99Us: number; maxUs: number; outcomes: Record<string, number> };

function timeEngine<T>(inputs: T[], generated: number, assess: (input: T) => { kind: string; route?: string }): EngineTiming {
  const rounds = 5;
  const outcomes: Record<string, number> = {};
  let sink = 0;
  for (const input of inputs) {
    const o = assess(input); // warm-up, and what the inputs cover
    const key = o.route ?? o.kind;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  }
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) for (const input of inputs) sink += assess(input).kind.length;
  const totalNs = Number(process.hrtime.bigint() - start);
  const each: number[] = [];
  for (const input of inputs) {
    const t = process.hrtime.bigint();
    sink += assess(input).kind.length;
    each.push(Number(process.hrtime.bigint() - t));
  }
  each.sort((a, b) => a - b);
  if (sink < 0) log('unreachable');
  return {
    calls: rounds * inputs.length, distinctInputs: inputs.length, generated,
    meanUs: totalNs / (rounds * inputs.length) / 1000,
    p99Us: each[Math.floor(each.length * 0.99)]! / 1000,
    maxUs: each[each.length - 1]! / 1000,
    outcomes,
  };
}

// ─── The table ────────────────────────────────────────────────────────────────────────────────

type Cell = string | number | null | undefined;
type Row = {
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

const rows: Row[] = [];
const notMeasured: string[] = [];

function fmt(value: Cell): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '–';
  return value;
}

function printTable(): string {
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

const worst = (values: Array<number | null | undefined>, higherIsWorse = true): number | null => {
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  if (!numbers.length) return null;
  return higherIsWorse ? Math.max(...numbers) : Math.min(...numbers);
};

function perLocale<T>(data: Partial<Record<Locale, T>>, value: (t: T) => number | null): Partial<Record<Locale, number | null>> {
  const out: Partial<Record<Locale, number | null>> = {};
  for (const l of localeCodes) out[l] = data[l] === undefined ? null : value(data[l] as T);
  return out;
}

function budgetRow(row: Omit<Row, 'pass'>, test: (value: number) => boolean, allLocales = true): void {
  const values = row.locales ? localeCodes.map((l) => row.locales![l]) : [row.site];
  const numbers = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const complete = allLocales ? numbers.length === values.length : numbers.length > 0;
  rows.push({ ...row, pass: numbers.length === 0 ? undefined : complete ? numbers.every(test) : numbers.every(test) ? undefined : false });
}

/** Bytes, browser measurements, Lighthouse and the 5× build, given the 1× build; adds table rows. */
async function siteFigures(one: Build) {
  const scalingNote = skipScaling ? 'skipped (BENCH_SKIP_SCALING=1)' : null;

  // 3. Five times the pages, right after the 1× build so that both run under similar conditions.
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

  // 4. Bytes from the built files.
  log('measuring bytes per page');
  const bytes: Record<PageType, Partial<Record<Locale, PageBytes>>> = { home: {}, guide: {}, 'checker re-entry': {}, 'checker SPS': {}, search: {} };
  for (const type of pageTypeNames) for (const l of localeCodes) bytes[type][l] = pageBytes(one, pageTypes[type](l));
  const allContent = contentPagesJs(one);

  // 5. In Chromium, against the 1× build.
  const server: StaticServer = await startStaticServer(one.dist);
  const checkerAfter: Record<'checker re-entry' | 'checker SPS', Partial<Record<Locale, CheckerRun>>> = { 'checker re-entry': {}, 'checker SPS': {} };
  const searches: Partial<Record<Locale, SearchRun>> = {};
  let searchFigures: SearchFigures | null = null;
  let lighthouse: Record<string, LighthouseRun> = {};
  try {
    const reentryAnswers: ReentryAnswers = { residence: 'mid_long_term', hasValidPassport: true, hasCard: true, exclusions: [], stayExpiry: '2029-06-30', pendingApplication: false, departure: '2026-04-10', plannedReturn: '2026-08-20', permitHeld: null, trips: 'one' };
    const spsAnswers: SpsAnswers = { wish: 'stay', situation: 'overstay', stage: 'no_contact', sentence: 'none', listedCrimeConviction: false, previouslyDeportedOrOrdered: false, listedBarGround: false, inFavour: ['married_japanese_or_spr', 'long_residence'], against: [] };
    if (assessReentry(reentryAnswers).kind === 'invalid' || assessSpsForm(spsAnswers).kind !== 'result') notMeasured.push('checker answers used in the browser are not valid any more: update them in scripts/bench.ts');
    const browser = await launchBrowser();
    try {
      for (const l of localeCodes) {
        log(`chromium: checkers and first search, ${l}`);
        checkerAfter['checker re-entry'][l] = await useChecker(browser, server.url, pageTypes['checker re-entry'](l), answersToQuery(reentryAnswers), '#reentry-result-heading', bytes['checker re-entry'][l]!.inlineJsGzip);
        checkerAfter['checker SPS'][l] = await useChecker(browser, server.url, pageTypes['checker SPS'](l), toSpsQuery(keepShownAnswers(spsAnswers)), '#sps-result', bytes['checker SPS'][l]!.inlineJsGzip);
        searches[l] = await firstSearch(browser, server.url, l, bytes.search[l]!.inlineJsGzip);
      }
      searchFigures = await measureSearch(browser.context, server.url, one.dist, log);
    } finally {
      await browser.close();
    }
    if (!skipLighthouse) {
      const targets = (['en', 'ja'] as const).flatMap((l) => (['home', 'guide', 'checker re-entry', 'search'] as const).map((type) => ({ key: `${type}|${l}`, url: `${server.url}${pageTypes[type](l)}` })));
      try {
        lighthouse = await runLighthouse(targets);
      } catch (error) {
        notMeasured.push(`Lighthouse: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await server.close();
  }

  // ─── Rows ───
  const s = (ms: number) => round(ms / 1000, 1);
  const mb = (kbytes: number | null) => (kbytes === null ? null : Math.round(kbytes / 1024));
  const sec = 'build (1× = the real site)';
  rows.push({ section: sec, figure: 'pages written (HTML files)', site: one.htmlPages });
  rows.push({ section: sec, figure: 'astro build', unit: 's', site: s(one.astro.ms) });
  rows.push({ section: sec, figure: 'pagefind --site', unit: 's', site: s(one.pagefind.ms) });
  rows.push({ section: sec, figure: 'full build (astro + pagefind)', unit: 's', site: s(one.totalMs) });
  rows.push({ section: sec, figure: 'full build per page', unit: 'ms', site: Math.round(one.totalMs / one.htmlPages) });
  for (const [group, r] of Object.entries(one.renderMs)) {
    if (r.pages) rows.push({ section: sec, figure: `  rendering ${group} pages (${r.pages})`, unit: 's', site: s(r.ms) });
  }
  rows.push({ section: sec, figure: 'peak memory, largest process (VmHWM)', unit: 'MB', site: mb(one.astro.peakProcessKb) });
  rows.push({ section: sec, figure: 'peak memory, whole tree (RSS, 100 ms samples)', unit: 'MB', site: mb(one.astro.peakTreeRssKb) });
  rows.push({ section: sec, figure: 'pagefind peak memory (VmHWM)', unit: 'MB', site: mb(one.pagefind.peakProcessKb) });
  if (one.astro.peakProcessKb === null) notMeasured.push('build memory: /proc is not readable on this system');

  const scaling = `scaling (${SCALE}× the pages: ${SCALE - 1} copies of every page in every locale)`;
  if (five) {
    const perPage1 = one.totalMs / one.htmlPages;
    const perPage5 = five.totalMs / five.htmlPages;
    rows.push({ section: scaling, figure: 'content pages 1× → 5×', site: `${one.contentPages} → ${five.contentPages}` });
    rows.push({ section: scaling, figure: 'pages written 1× → 5×', site: `${one.htmlPages} → ${five.htmlPages}` });
    rows.push({ section: scaling, figure: 'full build 1× → 5×', unit: 's', site: `${s(one.totalMs)} → ${s(five.totalMs)}` });
    rows.push({ section: scaling, figure: 'astro build 1× → 5×', unit: 's', site: `${s(one.astro.ms)} → ${s(five.astro.ms)}` });
    rows.push({ section: scaling, figure: 'full build per page 1× → 5×', unit: 'ms', site: `${Math.round(perPage1)} → ${Math.round(perPage5)}` });
    rows.push({ section: scaling, figure: 'time per page 5× ÷ 1× (≤ 1 = linear or better)', site: round(perPage5 / perPage1, 2) });
    rows.push({ section: scaling, figure: 'cost of each extra page (noisy)', unit: 'ms', site: Math.round((five.totalMs - one.totalMs) / (five.htmlPages - one.htmlPages)) });
    rows.push({ section: scaling, figure: 'rendering content pages 1× → 5×', unit: 's', site: `${s(one.renderMs.content.ms)} → ${s(five.renderMs.content.ms)}` });
    rows.push({ section: scaling, figure: 'rendering per content page 1× → 5×', unit: 'ms', site: `${round(one.renderMs.content.ms / one.renderMs.content.pages, 1)} → ${round(five.renderMs.content.ms / five.renderMs.content.pages, 1)}` });
    rows.push({ section: scaling, figure: 'pagefind 1× → 5×', unit: 's', site: `${s(one.pagefind.ms)} → ${s(five.pagefind.ms)}` });
    rows.push({ section: scaling, figure: 'peak memory, largest process 1× → 5×', unit: 'MB', site: `${mb(one.astro.peakProcessKb)} → ${mb(five.astro.peakProcessKb)}` });
  } else if (scalingNote) {
    notMeasured.push(`scaling: ${scalingNote}`);
  }

  const bsec = 'bytes per page (KB = 1024 bytes; site = worst locale)';
  const perType = (type: PageType, pick: (b: PageBytes) => number) => perLocale(bytes[type], (b) => kb(pick(b)));
  for (const type of pageTypeNames) {
    const loc = perType(type, (b) => b.htmlRaw);
    rows.push({ section: bsec, figure: `HTML raw, ${type}`, unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  for (const type of pageTypeNames) {
    const loc = perType(type, (b) => b.htmlGzip);
    rows.push({ section: bsec, figure: `HTML gzip, ${type}`, unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  for (const type of pageTypeNames) {
    const loc = perType(type, (b) => b.cssGzip);
    rows.push({ section: bsec, figure: `CSS gzip, ${type}`, unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  const jsec = 'JavaScript, gzip (KB; before = what the page loads by itself, after = after using it)';
  for (const type of pageTypeNames) {
    const loc = perLocale(bytes[type], (b) => kb(b.jsBeforeGzip));
    const row = { section: jsec, figure: `before interaction, ${type}`, site: worst(Object.values(loc)), locales: loc };
    if (type === 'home' || type === 'guide') budgetRow({ ...row, budget: '0 KB' }, (v) => v === 0);
    else if (type.startsWith('checker')) budgetRow({ ...row, budget: '≤ 12 KB' }, (v) => v <= 12);
    else budgetRow({ ...row, budget: '≤ 4 KB' }, (v) => v <= 4);
  }
  budgetRow({ section: jsec, figure: `before interaction, all ${allContent.pages} content pages (max)`, site: kb(allContent.maxGzip), budget: '0 KB' }, (v) => v === 0);
  for (const type of ['checker re-entry', 'checker SPS'] as const) {
    const loc = perLocale(checkerAfter[type], (r) => (r.ok ? kb(r.jsGzip) : null));
    budgetRow({ section: jsec, figure: `after completing the form, ${type}`, site: worst(Object.values(loc)), locales: loc, budget: '≤ 12 KB' }, (v) => v <= 12);
    for (const l of localeCodes) {
      const r = checkerAfter[type][l];
      if (r && !r.ok) notMeasured.push(`${type} after interaction, ${l}: ${r.error}`);
    }
  }
  {
    const loc = perLocale(searches, (r) => (r.ok ? kb(r.jsAfterGzip) : null));
    rows.push({ section: jsec, figure: 'after the first query, search', site: worst(Object.values(loc)), locales: loc });
  }

  const ssec = 'search: first query on a cold cache (typing into #search-query)';
  {
    const loc = perLocale(searches, (r) => (r.ok ? r.results : null));
    rows.push({ section: ssec, figure: 'results shown (site = fewest)', site: worst(Object.values(loc), false), locales: loc });
  }
  {
    const loc = perLocale(searches, (r) => (r.ok ? kb(r.queryBytes) : null));
    budgetRow({ section: ssec, figure: 'transferred for the query (bodies + headers)', unit: 'KB', site: worst(Object.values(loc)), locales: loc, budget: '< 150 KB' }, (v) => v < 150);
  }
  {
    const loc = perLocale(searches, (r) => (r.ok ? kb(r.queryGzipBytes) : null));
    rows.push({ section: ssec, figure: '  bodies only, gzip-compressed by the host', unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  {
    const loc = perLocale(searches, (r) => (r.ok ? kb(r.queryHeaderBytes) : null));
    rows.push({ section: ssec, figure: '  of the first figure: response headers', unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  rows.push({ section: ssec, figure: '  requests for the query', site: worst(Object.values(perLocale(searches, (r) => (r.ok ? r.queryRequests : null)))), locales: perLocale(searches, (r) => (r.ok ? r.queryRequests : null)) });
  {
    const loc = perLocale(searches, (r) => (r.ok ? kb(r.loadBytes) : null));
    rows.push({ section: ssec, figure: 'search page load before typing', unit: 'KB', site: worst(Object.values(loc)), locales: loc });
  }
  {
    const loc = perLocale(searches, (r) => (r.ok ? Math.round(r.ms) : null));
    rows.push({ section: ssec, figure: 'typing → results (incl. 200 ms typing pause)', unit: 'ms', site: worst(Object.values(loc)), locales: loc });
  }
  for (const l of localeCodes) {
    const r = searches[l];
    if (r && !r.ok) notMeasured.push(`search ${l} (“${r.query}”): ${r.error}`);
  }
  if (searchFigures) {
    // scripts/bench/search.ts: the budget of issue 14 (enforced by tests/browser/search.test.ts) and hits@1.
    const { rows: extra, notes } = searchRows(searchFigures);
    for (const row of extra) {
      const base = { section: ssec, figure: row.figure, unit: row.unit, locales: row.locales, site: worst(Object.values(row.locales), !row.figure.startsWith('relevance')) };
      if (row.budget) budgetRow({ ...base, budget: row.budget.text }, row.budget.test);
      else rows.push(base);
    }
    notMeasured.push(...notes);
  } else {
    notMeasured.push('search bytes (issue 14 counting) and relevance: not measured');
  }

  const lsec = 'lighthouse 13 (mobile, simulated throttling; en and ja only)';
  if (skipLighthouse) {
    notMeasured.push('Lighthouse: skipped (BENCH_SKIP_LIGHTHOUSE=1)');
  } else {
    for (const type of ['home', 'guide', 'checker re-entry', 'search'] as const) {
      const get = (l: Locale) => lighthouse[`${type}|${l}`];
      const cats: Partial<Record<Locale, Cell>> = {};
      const lcp: Partial<Record<Locale, Cell>> = {};
      const cls: Partial<Record<Locale, Cell>> = {};
      const tbt: Partial<Record<Locale, Cell>> = {};
      const scores: number[] = [];
      const lcps: number[] = [];
      for (const l of ['en', 'ja'] as const) {
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
      const worstCats = (['en', 'ja'] as const).map(get).filter((r): r is Extract<LighthouseRun, { ok: true }> => !!r && r.ok);
      const siteCats = worstCats.length ? [Math.min(...worstCats.map((r) => r.performance)), Math.min(...worstCats.map((r) => r.accessibility)), Math.min(...worstCats.map((r) => r.bestPractices)), Math.min(...worstCats.map((r) => r.seo))].join('·') : null;
      rows.push({ section: lsec, figure: `perf·a11y·best-pr.·SEO, ${type}`, site: siteCats, locales: cats, budget: '100 each', pass: scores.length ? scores.every((v) => v === 100) : undefined });
      rows.push({ section: lsec, figure: `  LCP, ${type}`, unit: 's', site: worst(lcps.map((v) => round(v, 2))), locales: lcp, budget: '< 1.5 s', pass: lcps.length ? lcps.every((v) => v < 1.5) : undefined });
      rows.push({ section: lsec, figure: `  CLS, ${type}`, site: worst(Object.values(cls) as number[]), locales: cls });
      rows.push({ section: lsec, figure: `  TBT, ${type}`, unit: 'ms', site: worst(Object.values(tbt) as number[]), locales: tbt });
    }
  }

  return { five, scaledPages, bytes, allContent, checkerAfter, searches, searchFigures, lighthouse };
}

// ─── Main ─────────────────────────────────────────────────────────────────────────────────────

async function main() {
  const startedAt = new Date();
  const benchStart = performance.now();
  mkdirSync(work, { recursive: true });
  const results: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    machine: { node: process.version, cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', memoryMb: Math.round(totalmem() / 2 ** 20), loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).map(Number) },
  };

  // 1. Checker engines (pure functions, in this process).
  log('timing the checker engines');
  const reentry = reentryInputs(10_000);
  const sps = spsInputs(10_000);
  const reentryTiming = timeEngine(reentry.inputs, reentry.generated, assessReentry);
  const spsTiming = timeEngine(sps.inputs, sps.generated, assessSps);
  results['checkerEngines'] = { assessReentry: reentryTiming, assessSps: spsTiming };

  // 2.–5. Everything about the built site (skipped, with a note, when the site does not build).
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
    Object.assign(results, { build1x: strip(one), build5x: strip(site.five), scaledPageIds: site.scaledPages, bytes: site.bytes, contentPagesJs: site.allContent, checkerAfterInteraction: site.checkerAfter, search: site.searches, searchFigures: site.searchFigures, lighthouse });
  }

  const csec = `checker engines (${reentryTiming.distinctInputs.toLocaleString('en')} varied valid inputs × 5 rounds, this process)`;
  budgetRow({ section: csec, figure: 'assessReentry, mean per call', unit: 'µs', site: round(reentryTiming.meanUs, 2), budget: '< 1000 µs' }, (v) => v < 1000);
  rows.push({ section: csec, figure: '  p99 / max per call', unit: 'µs', site: `${round(reentryTiming.p99Us, 1)} / ${round(reentryTiming.maxUs, 0)}` });
  budgetRow({ section: csec, figure: 'assessSps, mean per call', unit: 'µs', site: round(spsTiming.meanUs, 2), budget: '< 1000 µs' }, (v) => v < 1000);
  rows.push({ section: csec, figure: '  p99 / max per call', unit: 'µs', site: `${round(spsTiming.p99Us, 1)} / ${round(spsTiming.maxUs, 0)}` });
  if (reentryTiming.distinctInputs < 10_000) notMeasured.push(`assessReentry: only ${reentryTiming.distinctInputs} valid inputs out of ${reentryTiming.generated} generated`);
  if (spsTiming.distinctInputs < 10_000) notMeasured.push(`assessSps: only ${spsTiming.distinctInputs} valid inputs out of ${spsTiming.generated} generated`);

  // ─── Output ───
  const table = printTable();
  const missed = rows.filter((r) => r.budget && r.pass === false).map((r) => `${r.figure.trim()}${r.unit ? ` (${r.unit})` : ''}: ${fmt(r.site)} — budget ${r.budget}`);
  const unmeasuredBudgets = rows.filter((r) => r.budget && r.pass === undefined).map((r) => `${r.figure.trim()} — budget ${r.budget}`);
  const lighthouseNotes = Object.entries(lighthouse).flatMap(([key, r]) => (r.ok ? r.warnings.map((w) => `${key.replace('|', ' ')}: ${w}`) : []));

  const benchSeconds = round((performance.now() - benchStart) / 1000, 0);
  process.stdout.write(`\nBench ${startedAt.toISOString()} · Node ${process.version} · ${cpus().length} CPUs · load average at start ${(results['machine'] as { loadAverage: number[] }).loadAverage.join(' ')} · bench took ${benchSeconds} s\n\n`);
  process.stdout.write(`${table}\n\n`);
  process.stdout.write(missed.length ? `BUDGETS MISSED (${missed.length}):\n${missed.map((m) => `  ✗ ${m}`).join('\n')}\n` : 'All budgets met.\n');
  if (unmeasuredBudgets.length) process.stdout.write(`Budgets not (fully) measured:\n${unmeasuredBudgets.map((m) => `  – ${m}`).join('\n')}\n`);
  if (notMeasured.length) process.stdout.write(`Not measured:\n${notMeasured.map((m) => `  – ${m}`).join('\n')}\n`);
  const indexes = Object.values(lighthouse).flatMap((r) => (r.ok && r.benchmarkIndex !== null ? [Math.round(r.benchmarkIndex)] : []));
  if (indexes.length) process.stdout.write(`Lighthouse benchmarkIndex of this machine (its CPU speed, higher is faster; simulated TBT and LCP grow on a slower or busier machine): ${Math.min(...indexes)}–${Math.max(...indexes)}\n`);
  if (lighthouseNotes.length) process.stdout.write(`Lighthouse audits below 100 and run warnings:\n${[...new Set(lighthouseNotes)].map((m) => `  · ${m}`).join('\n')}\n`);
  process.stdout.write('Details: bench/results.json · what each figure means: bench/README.md\n');

  Object.assign(results, {
    benchSeconds,
    rows,
    budgetsMissed: missed,
    notMeasured,
    table,
  });
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
