// How current the guide is, where a reader on a phone looks: the fee table says when its figures
// were checked, and each guide's "last reviewed" date is on the first screen, in every language.
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { localeCodes } from '../../src/config/locales.ts';
import { launchBrowser, viewports, type Browser } from '../../scripts/support/chromium.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser({ viewport: viewports.phone });
});
afterAll(async () => browser.close());

describe('freshness on a phone, in every language', () => {
  for (const locale of localeCodes) {
    test(`${locale}: the fee table shows when it was checked; "last reviewed" is on the first screen`, async () => {
      const tab = await browser.context.newPage();
      await tab.goto(`${base}/${locale}/fees/`);
      const checked = tab.locator('table.fee-table caption .checked-on');
      await expect.poll(() => checked.count()).toBe(1);
      expect(await checked.textContent()).toMatch(/\d/);
      const reviewed = tab.locator('article .page-reviewed time');
      expect(await reviewed.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const box = await reviewed.boundingBox();
      expect(box, 'the date is laid out').not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewports.phone.height);
      await tab.close();
    });
  }
});
