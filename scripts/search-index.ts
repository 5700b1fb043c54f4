// The build's last step: Pagefind indexes dist/. Its settings live here so that `npm run build`
// and `npm run bench` index the site the same way.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Pagefind splits each language's word index into chunks and a query downloads only the chunks
 * holding its words. Its default (20,000 word positions a chunk) puts all of Korean in one 49 KB
 * chunk; 2,500 positions keeps every chunk under about 8 KB, so a first query fetches a few KB of
 * index instead of 26–49 KB. Pagefind 1.6 reads this setting only from the environment (it calls it
 * unstable): if a later version drops it, the byte budget test in tests/browser/search.test.ts fails.
 */
export const pagefindEnv: Record<string, string> = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2500' };

export function pagefindArgs(site: string): string[] {
  return ['--site', site];
}

export const pagefindBin = join(process.cwd(), 'node_modules/pagefind/lib/runner/bin.cjs');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const site = process.argv[2] ?? process.env['OUT_DIR'] ?? 'dist';
  const run = spawnSync(process.execPath, [pagefindBin, ...pagefindArgs(site)], { stdio: 'inherit', env: { ...process.env, ...pagefindEnv } });
  process.exit(run.status ?? 1);
}
