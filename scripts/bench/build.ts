// Build time, memory and scaling: the real site built as `npm run build` does (astro build, then
// Pagefind), and the same site with five times the pages, each timed with its peak memory read
// from /proc. Rows: section "build" and "scaling".
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pagefindArgs, pagefindBin, pagefindEnv } from '../search-index.ts';
import { pageIds } from '../../src/content/pages.ts';
import { log, notMeasured, round, rows, work } from './report.ts';

const projectRoot = process.cwd();
export const SCALE = 5;

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
export type Build = {
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

export async function build(label: string, extraEnv: Record<string, string>): Promise<Build> {
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
export function scaledContent(): { contentRoot: string; extraIds: string[] } {
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

/** The build rows, and the scaling rows when the 5× build ran. */
export function buildRows(one: Build, five: Build | null, scalingNote: string | null): void {
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
}
