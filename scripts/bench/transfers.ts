// Every response a page receives in Chromium, with when its request started and its size as sent
// and as a compressing host would send it: what "JavaScript after interaction" and the search
// timings count.
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import type { Browser } from '../support/chromium.ts';

/** `start`: when the request started, in ms since the epoch on the browser's clock. */
export type Transfer = { url: string; start: number; bytes: number; headerBytes: number; gzipBytes: number; js: boolean };

/** Records every response of a page with the time its request started; the cache is off. */
export async function recordTransfers(browser: Browser, page: Page) {
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
