// Reads the built site in dist/: its HTML pages, their links, ids and scripts.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export const distDir = 'dist';

export type BuiltPage = { file: string; path: string; html: string };

export function builtPages(): BuiltPage[] {
  return readdirSync(distDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html') && !e.parentPath.includes('pagefind'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => {
      const rel = relative(distDir, file).replace(/\\/g, '/');
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { file, path, html: readFileSync(file, 'utf8') };
    });
}

export function attributeValues(html: string, tag: string, attribute: string): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'gi');
  return [...html.matchAll(re)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
}

export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string));
}

/** Resolves a site path to the file that serves it, or null. */
export function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!);
  const candidate = join(distDir, clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : null;
}

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

/**
 * The JavaScript a page loads before any interaction: module scripts, module preloads and island
 * component/renderer URLs, with their static imports (gzip bytes, each file counted once).
 */
export function initialJavaScript(html: string): { files: string[]; gzipBytes: number; inlineBytes: number } {
  const urls = new Set<string>([
    ...attributeValues(html, 'script', 'src'),
    ...attributeValues(html, 'link', 'href').filter((h) => h.endsWith('.js')),
    ...attributeValues(html, 'astro-island', 'component-url'),
    ...attributeValues(html, 'astro-island', 'renderer-url'),
  ]);
  const seen = new Set<string>();
  const queue = [...urls];
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const file = fileFor(url);
    if (!file) continue;
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[\w*{},\s$]+from\s*)?["']([^"']+)["']/g)) {
      const spec = m[1] as string;
      if (spec.startsWith('./') || spec.startsWith('/')) queue.push(new URL(spec, `http://x${url}`).pathname);
    }
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1] ?? '').join('');
  const files = [...seen].filter((u) => fileFor(u));
  return {
    files,
    gzipBytes: files.reduce((n, u) => n + gzipSize(fileFor(u)!), 0) + (inline ? gzipSync(inline).length : 0),
    inlineBytes: inline.length,
  };
}
