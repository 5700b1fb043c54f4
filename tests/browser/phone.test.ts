// What a reader meets on a small phone (320 px): no page scrolls sideways, the header stays short,
// every section of the navigation opens from the Menu, the language menu opens inside the screen,
// and switching language on a checker keeps the answers.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';
import { sitemapPaths } from './support/site.ts';
import { launchBrowser, viewports } from '../../scripts/support/chromium.ts';
import { locales } from '../../src/config/locales.ts';
import { primaryNavigation } from '../../src/content/pages.ts';

const base = inject('baseUrl');
const browser = useBrowser({ viewport: viewports.narrow });

/** The page's horizontal overflow in CSS pixels (0 when nothing scrolls sideways). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Whether the element's box lies inside the viewport horizontally. */
async function insideViewport(page: Page, selector: string): Promise<{ left: number; right: number; width: number }> {
  return page.evaluate((s) => {
    const r = document.querySelector(s)!.getBoundingClientRect();
    return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
  }, selector);
}

describe('320 px: no page scrolls sideways', () => {
  const paths = sitemapPaths();
  test('the sitemap lists every locale', () => {
    for (const locale of locales) expect(paths).toContain(`/${locale.code}/`);
  });
  for (const locale of locales) {
    test(`${locale.code}: every page, and the language menu and Menu open`, async () => {
      const page = await browser.context().newPage();
      const overflowing: string[] = [];
      for (const path of paths.filter((p) => p.startsWith(`/${locale.code}/`))) {
        await page.goto(`${base}${path}`);
        const closed = await sidewaysOverflow(page);
        await page.locator('.language-switcher summary').click();
        await page.locator('.site-menu summary').click();
        const open = await sidewaysOverflow(page);
        if (closed > 0 || open > 0) overflowing.push(`${path} (${closed} px, ${open} px with the menus open)`);
      }
      expect(overflowing).toEqual([]);
      await page.close();
    });
  }
});

describe('320 px: header and menus', () => {
  for (const locale of locales) {
    test(`${locale.code}: the header is at most a fifth of the screen and the language menu opens inside it`, async () => {
      const page = await browser.context().newPage();
      for (const route of ['', 'check/re-entry/']) {
        await page.goto(`${base}/${locale.code}/${route}`);
        const header = await page.locator('header.site-header').boundingBox();
        expect(header!.height, `${locale.code}/${route} header`).toBeLessThanOrEqual(viewports.narrow.height / 5);
        await page.locator('.language-switcher summary').click();
        const list = await insideViewport(page, '.language-switcher ul');
        expect(list.left, `${locale.code}/${route} left edge`).toBeGreaterThanOrEqual(0);
        expect(list.right, `${locale.code}/${route} right edge`).toBeLessThanOrEqual(list.width);
        for (const other of locales) {
          const link = page.locator(`.language-switcher a[hreflang="${other.lang}"]`);
          await expect(link.isVisible()).resolves.toBe(true);
          const box = await link.boundingBox();
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(list.width);
          expect(box!.y + box!.height, `${other.code} link below the screen`).toBeLessThanOrEqual(viewports.narrow.height);
        }
      }
      await page.close();
    });
  }

  test('every section of the navigation opens from the Menu, without JavaScript and without a sideways scroll', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false, viewport: viewports.narrow });
    const page = await noJs.context.newPage();
    await page.goto(`${base}/vi/fees/`);
    const nav = page.locator('nav.primary-nav');
    await expect(nav.isVisible()).resolves.toBe(false);
    await page.locator('.site-menu summary').focus();
    await page.keyboard.press('Enter');
    const links = nav.locator('a');
    await expect(links.count()).resolves.toBe(primaryNavigation.length);
    for (let i = 0; i < primaryNavigation.length; i++) {
      const box = await links.nth(i).boundingBox();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewports.narrow.width);
    }
    // Nothing visible inside the header scrolls sideways out of sight (1 px boxes are the texts
    // kept for screen readers only).
    const hiddenScroll = await page.evaluate(() =>
      [...document.querySelectorAll('header *')].some((el) => el.clientWidth > 1 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'));
    expect(hiddenScroll).toBe(false);
    await expect(page.locator('.site-menu input[type="search"]').isVisible()).resolves.toBe(true);
    await noJs.close();
  });
});

describe('switching language on a checker keeps the answers', () => {
  test('a shared result link: the other language shows the same answers and result', async () => {
    const page = await browser.context().newPage();
    // Every question answered, the permit one included (issue 11), so the address alone gives the result.
    const query = '?residence=mid_long_term&passport=yes&card=yes&ex=none&expiry=2028-05-31&pending=no&departure=2026-12-20&return=2027-01-10&permit=none&trips=one';
    await page.goto(`${base}/en/check/re-entry/${query}`);
    await page.waitForFunction(() => document.body.innerText.includes('2027-12-20'));
    await page.locator('.language-switcher summary').click();
    await page.locator('.language-switcher a[hreflang="ja"]').click();
    await page.waitForURL(`${base}/ja/check/re-entry/${query}`);
    await page.waitForFunction(() => document.body.innerText.includes('2027-12-20'));
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ja');
    await page.close();
  });

  test('answers given on the page travel too (the links follow the address as it changes)', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/ko/check/special-permission/`);
    const before = await page.locator('.language-switcher a[hreflang="vi"]').evaluate((a) => (a as HTMLAnchorElement).href);
    expect(before).toBe(`${base}/vi/check/special-permission/`);
    // The checker writes the answers into the address as the reader goes (history.pushState).
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?wish=stay`));
    // By keyboard this time.
    await page.locator('.language-switcher summary').focus();
    await page.keyboard.press('Enter');
    await page.locator('.language-switcher a[hreflang="vi"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`${base}/vi/check/special-permission/?wish=stay`);
    await expect(page.isChecked('input[name="wish"][value="stay"]')).resolves.toBe(true);
    // The footer's language links follow too.
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?wish=leave`));
    await page.locator('.site-footer a[hreflang="ko"]').click();
    await page.waitForURL(`${base}/ko/check/special-permission/?wish=leave`);
    await page.close();
  });

  test('content pages carry no script for it, and their language links have no query', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/fees/?utm=x`);
    await expect(page.locator('script').count()).resolves.toBe(0);
    await expect(page.locator('.language-switcher a[hreflang="ja"]').getAttribute('href')).resolves.toBe('/ja/fees/');
    await page.close();
  });
});

describe('desktop: one grid', () => {
  test('header, main text and footer start at the same left edge', async () => {
    const desktop = await launchBrowser({ viewport: viewports.desktop });
    const page = await desktop.context.newPage();
    for (const path of ['/en/special-re-entry-permit/', '/pt-br/check/re-entry/']) {
      await page.goto(`${base}${path}`);
      const lefts = await page.evaluate(() =>
        ['.site-header__bar', 'main h1', '.site-footer > section'].map((s) => Math.round(document.querySelector(s)!.getBoundingClientRect().left)));
      expect(new Set(lefts).size, `${path}: ${lefts.join(', ')}`).toBe(1);
      await expect(page.locator('nav.primary-nav').isVisible()).resolves.toBe(true);
    }
    await desktop.close();
  });
});
