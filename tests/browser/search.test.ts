// Search in every language: the reader's key terms find the right guide first, results stay in
// the reader's language, and the search script loads only on the search page.
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** Searches through the URL (as a shared link would) and returns the result paths in order. */
async function resultsFor(page: Page, locale: string, query: string): Promise<string[]> {
  await page.goto(`${base}/${locale}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[role="status"]')?.textContent ?? '';
    return status.length > 0 && !document.querySelector('.search-results:empty') || /“/.test(status) && document.querySelectorAll('.search-results li').length === 0 && !/…$/.test(status);
  }, undefined, { timeout: 15_000 });
  return page.$$eval('.search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// The guide a reader expects first for each query (any page in the list counts as right).
const expectations: Record<string, Array<[string, string[]]>> = {
  en: [
    ['re-entry permit', ['re-entry-permit']],
    ['virtual re-entry permit', ['special-re-entry-permit']],
    ['minashi', ['special-re-entry-permit']],
    ['overstay', ['special-permission-to-stay']],
    ['zaitoku', ['special-permission-to-stay']],
    ['refund', ['refund-policy']],
    ['departure order', ['special-permission-to-stay']],
  ],
  ja: [
    ['再入国許可', ['re-entry-permit']],
    ['みなし再入国', ['special-re-entry-permit']],
    ['在留特別許可', ['special-permission-to-stay']],
    ['在留カード', ['special-re-entry-permit', 're-entry-permit']],
    ['返金', ['refund-policy']],
  ],
  'zh-cn': [
    ['再入境许可', ['re-entry-permit']],
    ['在留特别许可', ['special-permission-to-stay']],
    ['退款', ['refund-policy']],
  ],
  ko: [
    ['재입국허가', ['re-entry-permit']],
    ['재류특별허가', ['special-permission-to-stay']],
    ['환불', ['refund-policy']],
  ],
  vi: [
    ['giấy phép tái nhập cảnh', ['re-entry-permit']],
    ['lưu trú đặc biệt', ['special-permission-to-stay']],
  ],
  tl: [
    ['re-entry permit', ['re-entry-permit']],
    ['Special Permission to Stay', ['special-permission-to-stay']],
  ],
  ne: [
    ['पुनःप्रवेश अनुमति', ['re-entry-permit']],
    ['विशेष बसोबास अनुमति', ['special-permission-to-stay']],
  ],
  'pt-br': [
    ['autorização de reentrada', ['re-entry-permit']],
    ['permissão especial de permanência', ['special-permission-to-stay']],
    ['reembolso', ['refund-policy']],
  ],
  id: [
    ['izin masuk kembali', ['re-entry-permit']],
    ['izin masuk kembali khusus', ['special-re-entry-permit']],
    ['minashi', ['special-re-entry-permit']],
    ['kartu ED', ['special-re-entry-permit']],
    ['Izin Khusus untuk Tinggal', ['special-permission-to-stay']],
    ['overstay', ['special-permission-to-stay']],
    ['perintah keberangkatan', ['special-permission-to-stay']],
    ['langkah pengawasan', ['special-permission-to-stay']],
    ['dokumen perjalanan pengungsi', ['re-entry-permit']],
    ['perpanjangan dari luar negeri', ['re-entry-permit']],
  ],
  // Easy Japanese: the kanji a reader copies from a letter, and the kana a learner types.
  'ja-easy': [
    ['再入国許可', ['re-entry-permit']],
    ['かりほうめん', ['special-permission-to-stay']],
    ['みなし再入国許可', ['special-re-entry-permit']],
    ['EDカード', ['special-re-entry-permit']],
    ['在留特別許可', ['special-permission-to-stay']],
    ['ざいりゅうとくべつきょか', ['special-permission-to-stay']],
    ['出国命令', ['special-permission-to-stay']],
    ['しゅっこくめいれい', ['special-permission-to-stay']],
    ['かんりそち', ['special-permission-to-stay']],
    ['難民旅行証明書', ['re-entry-permit']],
  ],
};

describe('search finds the right guide first, in the reader language only', () => {
  for (const [locale, cases] of Object.entries(expectations)) {
    for (const [query, expected] of cases) {
      test(`${locale}: “${query}”`, async () => {
        const page = await browser.context().newPage();
        const results = await resultsFor(page, locale, query);
        expect(results.length, `no results for ${query}`).toBeGreaterThan(0);
        expect(expected.map((p) => `/${locale}/${p}/`), `top result was ${results[0]}`).toContain(results[0]);
        for (const path of results) expect(path.startsWith(`/${locale}/`), path).toBe(true);
        await page.close();
      });
    }
  }
});

describe('search behaviour', () => {
  test('content pages load no search code; the search page loads Pagefind only when the reader searches', async () => {
    const page = await browser.context().newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/ja/special-re-entry-permit/`);
    expect(requested.filter((p) => p.endsWith('.js'))).toEqual([]);
    await page.goto(`${base}/ja/search/`);
    expect(requested.some((p) => p.startsWith('/pagefind/'))).toBe(false);
    await page.locator('#search-query').focus();
    await page.waitForResponse((r) => r.url().includes('/pagefind/pagefind.js'));
    await page.close();
  });

  test('typing shows results with the hit marked and announces the count politely', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/search/`);
    await page.locator('#search-query').fill('minashi');
    await page.waitForSelector('.search-results li');
    await expect(page.locator('[role="status"]').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('[role="status"]').textContent()).resolves.toMatch(/\d+ results? for “minashi”/);
    await expect(page.locator('.search-results mark').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  test('the header search form submits by keyboard to a shareable URL, and back works', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/ko/fees/`);
    await page.locator('#site-search').fill('재입국허가');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ko\/search\/\?q=/);
    await page.waitForSelector('.search-results li');
    await page.goBack();
    await page.waitForURL(`${base}/ko/fees/`);
    await page.close();
  });

  test('the procedure filter narrows results', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/search/?q=${encodeURIComponent('residence card')}&procedure=office`);
    await page.waitForSelector('[role="status"]:not(:empty)');
    await page.waitForFunction(() => !/…$/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    const paths = await page.$$eval('.search-results li h2 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of paths) expect(['/en/', '/en/refund-policy/', '/en/how-we-work/', '/en/fees/', '/en/contact/', '/en/faq/'].some((p) => path.startsWith(p) && !path.includes('permit'))).toBe(true);
    await page.close();
  });
});
