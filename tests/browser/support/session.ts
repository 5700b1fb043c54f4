// One Chromium per test file, started before its tests and closed after them.
import { afterAll, beforeAll } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchBrowser, type Browser } from '../../../scripts/support/chromium.ts';

/** Registers the browser's start and stop; call `context()` inside tests. */
export function useBrowser(options: Parameters<typeof launchBrowser>[0] = {}): { context: () => BrowserContext } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    context: () => {
      if (!browser) throw new Error('the browser is not started: call useBrowser() at the top of the test file');
      return browser.context;
    },
  };
}
