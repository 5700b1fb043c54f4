// axe-core (WCAG 2.2 A/AA rules and axe's best practices, such as unique landmarks) over every
// page in the sitemap, on a phone and a desktop viewport, plus the root page, a checker result,
// search results and more search results: zero violations.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { viewports } from '../../scripts/support/chromium.ts';
import { useBrowser } from './support/session.ts';
import { sitemapPaths } from './support/site.ts';

const base = inject('baseUrl');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const browser = useBrowser();

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(tags).analyze();
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

const paths = ['/', ...sitemapPaths().map((p) => p), '/404.html'];

// One test a page: a slow, busy machine does not add up to one test's timeout, and a failure names its page.
describe.each(Object.entries({ phone: viewports.phone, desktop: viewports.desktop }))('axe on %s', (_name, viewport) => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.context().newPage();
    await page.setViewportSize(viewport);
  });
  afterAll(async () => {
    await page.close();
  });
  test.each(paths)('%s has zero violations', async (path) => {
    await page.goto(`${base}${path}`);
    expect(await violations(page)).toEqual([]);
  });
});

describe('states that only exist after interaction', () => {
  test('a re-entry checker result, an SPS result with its error summary, and search results', async () => {
    const page = await browser.context().newPage();
    const found: string[] = [];
    const states = [
      '/en/check/re-entry/?residence=mid_long_term&passport=yes&card=yes&ex=none&expiry=2028-05-31&pending=no&departure=2026-12-20&return=2027-01-10&permit=none&trips=one',
      // Already abroad and too late (the headline is the warning), a refugee travel document, and
      // a permit already held with its expiry date box showing.
      '/en/check/re-entry/?residence=permanent_resident&passport=yes&card=yes&ex=none&departure=2026-03-01&return=2027-05-01&permit=none',
      '/ja/check/re-entry/?residence=mid_long_term&passport=rtd&expiry=2028-05-31&pending=no&departure=2026-12-20&return=2027-01-10',
      '/en/check/re-entry/?residence=permanent_resident&permit=single',
      '/ja/check/special-permission/?wish=stay&situation=overstay&stage=no_contact&sentence=none&ground=no&prior=no&favour=married_japanese_or_spr',
      // Issue 12: the departure order for a detained person (before-notice callout, sources list).
      '/zh-cn/check/special-permission/?wish=leave&situation=overstay&stage=detained&sentence=none&ground=no&prior=no&notified=no',
      // Barred by a listed ground, with a drug conviction shown against.
      '/en/check/special-permission/?wish=stay&situation=other_deportation_ground&stage=no_contact&sentence=fine_or_suspended&ground=yes&prior=no&against=drug_offence',
      '/ne/search/?q=' + encodeURIComponent('पुनःप्रवेश'),
      '/en/search/?q=asdfgh',
    ];
    for (const path of states) {
      await page.goto(`${base}${path}`);
      await page.waitForTimeout(800);
      // Each SPS state must reach its result, not a half-filled form.
      if (path.includes('special-permission')) expect(await page.locator('.sps-result').count(), path).toBe(1);
      for (const v of await violations(page)) found.push(`${path}: ${v}`);
    }
    // More search results, shown on request.
    await page.goto(`${base}/en/search/?q=${encodeURIComponent('residence card')}`);
    await page.locator('.search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 4);
    for (const v of await violations(page)) found.push(`more search results: ${v}`);
    // The SPS form submitted empty shows its error summary.
    await page.goto(`${base}/en/check/special-permission/`);
    await page.locator('.checker-root form button[type="submit"]').click();
    await page.waitForTimeout(300);
    for (const v of await violations(page)) found.push(`sps errors: ${v}`);
    await page.close();
    expect(found).toEqual([]);
  }, 120_000);
});
