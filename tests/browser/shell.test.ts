// A reader arrives at the root, chooses a language, reads, and switches language on the same page.
import { describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../scripts/support/chromium.ts';
import { useBrowser } from './support/session.ts';
import { locales } from '../../src/config/locales.ts';

const base = inject('baseUrl');
const browser = useBrowser();

describe('root page', () => {
  test('lists every language in its own name and never redirects', async () => {
    const page = await browser.context().newPage();
    const response = await page.goto(`${base}/`);
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/');
    for (const locale of locales) {
      const link = page.locator(`a[href="/${locale.code}/"]`);
      // The name as written; a language with furigana (Easy Japanese) shows its readings above it in <rt>.
      const name = await link.evaluate((a) => {
        const copy = a.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('rt').forEach((rt) => rt.remove());
        return copy.textContent;
      });
      expect(name).toBe(locale.nativeName);
      await expect(link.getAttribute('hreflang')).resolves.toBe(locale.lang);
    }
    await page.close();
  });

  test('suggests, without redirecting, the language the browser prefers', async () => {
    const ja = await launchBrowser({ locale: 'ja-JP' });
    const page = await ja.context.newPage();
    await page.goto(`${base}/`);
    const suggestion = page.locator('#language-suggestion');
    await expect(suggestion.isVisible()).resolves.toBe(true);
    await expect(suggestion.locator('a').getAttribute('href')).resolves.toBe('/ja/');
    expect(new URL(page.url()).pathname).toBe('/');
    await ja.close();
  });
});

describe('every locale', () => {
  for (const locale of locales) {
    test(`${locale.code}: home page renders with lang="${locale.lang}" and the header, main and footer`, async () => {
      const page = await browser.context().newPage();
      const response = await page.goto(`${base}/${locale.code}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(locale.lang);
      await expect(page.locator('header.site-header').count()).resolves.toBe(1);
      await expect(page.locator('main#main h1').count()).resolves.toBe(1);
      await expect(page.locator('footer.site-footer a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
      await page.close();
    });
  }
});

describe('language switcher', () => {
  test('goes to the same page in the other language, by keyboard and without JavaScript', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    const page = await noJs.context.newPage();
    await page.goto(`${base}/en/special-re-entry-permit/`);
    const summary = page.locator('.language-switcher summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    const jaLink = page.locator('.language-switcher a[hreflang="ja"]');
    await jaLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/ja/special-re-entry-permit/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await expect(page.locator('.language-switcher a[aria-current="true"]').textContent()).resolves.toBe('日本語');
    await noJs.close();
  });

  test('skip link moves focus to the main content', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/fees/`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('skip-link');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });
});
