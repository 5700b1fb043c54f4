// Privacy and robustness as a reader meets them: no request leaves the site, nothing is stored,
// the Content Security Policy blocks nothing of ours, and every page works without JavaScript.
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/session.ts';
import { localeCodes } from '../../src/config/locales.ts';
import { pageIds } from '../../src/content/pages.ts';

const base = inject('baseUrl');
const browser = useBrowser();

const pageTypes = {
  root: '/',
  home: '/vi/',
  guide: '/ja/special-re-entry-permit/',
  reentryChecker: '/en/check/re-entry/?residence=permanent_resident&passport=yes&card=yes&ex=none&departure=2026-12-20&return=2027-03-01&permit=none&trips=one',
  spsChecker: '/pt-br/check/special-permission/?wish=leave&situation=overstay&stage=no_contact&sentence=none&ground=no&prior=no',
  search: `/zh-cn/search/?q=${encodeURIComponent('在留特别许可')}`,
};

describe('privacy and security in the browser', () => {
  for (const [type, path] of Object.entries(pageTypes)) {
    test(`${type}: only same-origin requests, no cookies or storage, no CSP violation`, async () => {
      const page = await browser.context().newPage();
      const origins = new Set<string>();
      const cspErrors: string[] = [];
      page.on('request', (r) => origins.add(new URL(r.url()).origin));
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(m.text());
      });
      page.on('pageerror', (e) => cspErrors.push(`page error: ${e.message}`));
      const response = await page.goto(`${base}${path}`);
      await page.waitForLoadState('networkidle');
      expect([...origins]).toEqual([base]);
      expect(cspErrors).toEqual([]);
      expect(await browser.context().cookies()).toEqual([]);
      expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
      expect(headers['referrer-policy']).toBe('no-referrer');
      await page.close();
    });
  }
});

describe('without JavaScript', () => {
  const noJs = useBrowser({ javaScriptEnabled: false });

  test('every guide page in every locale is complete: heading, text, sources or contact, footer', async () => {
    const page = await noJs.context().newPage();
    for (const locale of localeCodes) {
      for (const id of pageIds) {
        const path = `/${locale}/${id === 'index' ? '' : `${id}/`}`;
        await page.goto(`${base}${path}`);
        const text = (await page.locator('main').innerText()).trim();
        expect(await page.locator('main h1').count(), path).toBe(1);
        expect(text.length, path).toBeGreaterThan(400);
        expect(await page.locator('footer.site-footer a[href^="tel:"]').count(), path).toBeGreaterThan(0);
      }
    }
    await page.close();
  }, 120_000);

  // Issue 17: without JavaScript a checker cannot answer. Its page says so first, right after the
  // title and before anything else, offers the table, the guides and the phone, and shows no form.
  test('checker pages say first that the checker needs JavaScript and offer what works instead', async () => {
    const page = await noJs.context().newPage();
    for (const locale of ['en', 'ne']) {
      for (const checker of ['re-entry', 'special-permission']) {
        const path = `/${locale}/check/${checker}/`;
        await page.goto(`${base}${path}`);
        // The first thing after the page's heading is the notice.
        const first = page.locator('main h1 + *');
        expect(await first.evaluate((el) => el.tagName), path).toBe('NOSCRIPT');
        const notice = page.locator('main h1 + noscript .checker-nojs');
        expect(await notice.isVisible(), path).toBe(true);
        expect(await notice.locator('a[href^="tel:"]').count(), path).toBe(1);
        const tableLink = await notice.locator('a[href^="#"]').getAttribute('href');
        expect(await page.locator(`main table`).count(), path).toBeGreaterThan(0);
        expect(await page.locator(`${tableLink}`).count(), path).toBe(1);
        expect(await notice.locator(`a[href^="/${locale}/"]`).count(), path).toBeGreaterThan(0);
        // No form that would only reload blank.
        expect(await page.locator('main .checker-root form, main .checker-root fieldset').count(), path).toBe(0);
      }
    }
    await page.close();
  });
});
