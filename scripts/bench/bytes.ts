// Bytes per page type and locale, read from the built files: HTML, CSS, and the JavaScript a page
// loads by itself (the same count as the tests, scripts/support/dist.ts). Rows: "bytes per page"
// and the "before interaction" half of "JavaScript".
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { attributeValues, builtPages, distDir, fileFor, gzipSize, initialJavaScript } from '../support/dist.ts';
import { localeCodes, type Locale } from '../../src/config/locales.ts';
import { pageIds } from '../../src/content/pages.ts';
import { budgetRow, kb, perLocale, rows, worst } from './report.ts';
import type { Build } from './build.ts';

const projectRoot = process.cwd();

/** Issue 16: each checker page ships at most 10 KB gzip of JavaScript, before and after completing the form. */
export const checkerBudgetKb = 10;
/** tests/browser/built-site.test.ts: the search page's own script before a search. */
export const searchPageBudgetKb = 4;

export const javaScriptSection = 'JavaScript, gzip (KB; before = what the page loads by itself, after = after using it)';

export const pageTypes = {
  home: (l: string) => `/${l}/`,
  guide: (l: string) => `/${l}/special-re-entry-permit/`,
  'checker re-entry': (l: string) => `/${l}/check/re-entry/`,
  'checker SPS': (l: string) => `/${l}/check/special-permission/`,
  search: (l: string) => `/${l}/search/`,
} as const;
export type PageType = keyof typeof pageTypes;
export const pageTypeNames = Object.keys(pageTypes) as PageType[];

export type PageBytes = { htmlRaw: number; htmlGzip: number; cssGzip: number; jsBeforeGzip: number; jsBeforeFiles: string[]; inlineJsGzip: number };

/** dist.ts reads `dist/` relative to the working directory: run it inside the temporary build. */
function inBuild<T>(build: Build, fn: () => T): T {
  if (distDir !== 'dist') throw new Error(`scripts/support/dist.ts reads ${distDir}, expected dist`);
  process.chdir(build.root);
  try {
    return fn();
  } finally {
    process.chdir(projectRoot);
  }
}

export function pageBytes(build: Build, path: string): PageBytes {
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
export function contentPagesJs(build: Build): { pages: number; maxGzip: number; withScripts: string[] } {
  return inBuild(build, () => {
    const contentPaths = new Set(localeCodes.flatMap((l) => pageIds.map((id) => (id === 'index' ? `/${l}/` : `/${l}/${id}/`))));
    const pages = builtPages().filter((p) => contentPaths.has(p.path));
    const sizes = pages.map((p) => ({ path: p.path, gzip: initialJavaScript(p.html).gzipBytes, script: p.html.includes('<script') }));
    return { pages: pages.length, maxGzip: Math.max(0, ...sizes.map((s) => s.gzip)), withScripts: sizes.filter((s) => s.gzip > 0 || s.script).map((s) => s.path) };
  });
}

/** Bytes of one page of each type in every locale, and the largest JavaScript over all content pages. */
export function measureBytes(one: Build): { bytes: Record<PageType, Partial<Record<Locale, PageBytes>>>; allContent: ReturnType<typeof contentPagesJs> } {
  const bytes: Record<PageType, Partial<Record<Locale, PageBytes>>> = { home: {}, guide: {}, 'checker re-entry': {}, 'checker SPS': {}, search: {} };
  for (const type of pageTypeNames) for (const l of localeCodes) bytes[type][l] = pageBytes(one, pageTypes[type](l));
  return { bytes, allContent: contentPagesJs(one) };
}

export function bytesRows(bytes: Record<PageType, Partial<Record<Locale, PageBytes>>>, allContent: ReturnType<typeof contentPagesJs>): void {
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
  const jsec = javaScriptSection;
  for (const type of pageTypeNames) {
    const loc = perLocale(bytes[type], (b) => kb(b.jsBeforeGzip));
    const row = { section: jsec, figure: `before interaction, ${type}`, site: worst(Object.values(loc)), locales: loc };
    if (type === 'home' || type === 'guide') budgetRow({ ...row, budget: '0 KB' }, (v) => v === 0);
    else if (type.startsWith('checker')) budgetRow({ ...row, budget: `≤ ${checkerBudgetKb} KB` }, (v) => v <= checkerBudgetKb);
    else budgetRow({ ...row, budget: `≤ ${searchPageBudgetKb} KB` }, (v) => v <= searchPageBudgetKb);
  }
  budgetRow({ section: jsec, figure: `before interaction, all ${allContent.pages} content pages (max)`, site: kb(allContent.maxGzip), budget: '0 KB' }, (v) => v === 0);
}
