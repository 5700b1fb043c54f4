// What an editor sees in `npm run dev`: a frontmatter mistake appears in Astro's error overlay in the
// browser as soon as the file is saved, naming the file, the line and the field, and goes away
// when it is fixed. Runs `astro dev` on a copy of a small fixture, on a random port.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/support/chromium.ts';

let dev: ChildProcess | undefined;
let browser: Browser | undefined;
let base = '';
let log = '';
const work = mkdtempSync(join(tmpdir(), 'dev-overlay-'));
const content = join(work, 'content');
const page = join(content, 'en', 'index.mdx');

function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => key !== 'NODE_ENV' && !key.startsWith('VITEST')));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async () => {
  cpSync('tests/fixtures/fallback', content, { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  dev = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    // Without Vitest's NODE_ENV=test and VITEST* variables, which change how Astro serves pages.
    env: { ...devEnv(), CONTENT_ROOT: content, CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  dev.stdout?.on('data', (chunk) => (log += String(chunk)));
  dev.stderr?.on('data', (chunk) => (log += String(chunk)));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline && !/watching for file changes/.test(log)) await new Promise((r) => setTimeout(r, 250));
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  // The dev server runs in its own process group (detached), so its children stop with it.
  if (dev?.pid) {
    try {
      process.kill(-dev.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(work, { recursive: true, force: true });
});

const overlayText = (tab: import('playwright-core').Page) =>
  tab.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.querySelector('#message-content')?.textContent ?? null);

test('a frontmatter mistake saved while previewing shows in the overlay, and fixing it clears it', async () => {
  const tab = await browser!.context.newPage();
  await tab.goto(`${base}/en/`, { timeout: 60_000 });
  await expect.poll(() => tab.title(), { timeout: 30_000 }).not.toBe('');
  // On a fresh clone Vite may reload the page once after optimising dependencies: wait it out.
  await expect.poll(() => overlayText(tab).catch(() => 'navigating'), { timeout: 30_000 }).toBeNull();

  const good = readFileSync(page, 'utf8');
  const bad = good.replace(/lastReviewed: .*/, 'lastReviewed: 2026-02-30');
  // Give the file watcher time to start on the temporary folder before the save.
  await new Promise((r) => setTimeout(r, 3_000));
  writeFileSync(page, bad);
  // The page may reload once while Astro syncs the content; the overlay comes back with it.
  await expect.poll(async () => (await overlayText(tab).catch(() => null)) ?? '', { timeout: 30_000, interval: 500 }).toMatch(/en\/index\.mdx:5: frontmatter field "lastReviewed" must be a real date written as YYYY-MM-DD \(got "2026-02-30"\)/);

  // A browser opened while the mistake is there sees it at once.
  const fresh = await browser!.context.newPage();
  await fresh.goto(`${base}/en/`);
  await expect.poll(async () => (await overlayText(fresh).catch(() => null)) ?? '', { timeout: 30_000 }).toMatch(/lastReviewed/);
  expect(log).toMatch(/en\/index\.mdx:5: frontmatter field "lastReviewed"/);

  writeFileSync(page, good);
  // Fixed: the page reloads without the overlay.
  await expect.poll(async () => {
    await fresh.waitForLoadState('load').catch(() => undefined);
    return overlayText(fresh).catch(() => 'navigating');
  }, { timeout: 30_000 }).toBeNull();
}, 120_000);
