// What every reader must see whatever their language (issue 13): the fee table says since when
// the fees apply and when we last checked them; next to it, the notice on the 2026 fee law, which
// gives the reported start date as unconfirmed and never the unconfirmed amounts; and every
// translated page and translated checker says which text prevails.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';
import { locales, sourceLocale, type Locale } from '../../src/config/locales.ts';
import { pageIds } from '../../src/content/pages.ts';
import { keyDates, reentryFeesCheckedOn, reentryPermitFees } from '../../src/data/legal.ts';
import { isaFeePage } from '../../src/data/official-pages.ts';
import { formatDate } from '../../src/i18n/format.ts';

/** The text a reader sees, without furigana (<rt>): Easy Japanese adds readings after every kanji word. */
async function textWithoutReadings(locator: import('playwright-core').Locator): Promise<string> {
  return locator.evaluate((element) => {
    const copy = element.cloneNode(true) as Element;
    copy.querySelectorAll('rt, rp').forEach((reading) => reading.remove());
    return copy.textContent ?? '';
  });
}

const base = inject('baseUrl');
const browser = useBrowser();

type Strings = { translation: Record<string, string> };
const ui = (locale: Locale): Strings => JSON.parse(readFileSync(`src/i18n/${locale}/ui.json`, 'utf8')) as Strings;

/**
 * The tiered fees that unofficial sources report for the 2026 law (facts A7.4, unconfirmed), as
 * bare numbers: none of them may appear on a fee page in any format (¥33,000, 33.000, 33 000 円…).
 */
const unconfirmedAmounts = [18000, 25000, 33000, 48000, 64000, 75000, 15000, 21000, 27000, 42000, 56000, 65000, 200000];
const bareNumbers = (text: string) => new Set([...text.replace(/(\d)[,.\u00a0\u202f ](?=\d{3}\b)/g, '$1').matchAll(/\d+/g)].map((m) => Number(m[0])));

async function open(path: string): Promise<Page> {
  const page = await browser.context().newPage();
  const response = await page.goto(`${base}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}

/** The guide pages a locale has translated (the others show the English text with a fallback notice). */
const translatedPages = (locale: Locale) => pageIds.filter((id) => existsSync(`content/${locale}/${id}.mdx`));
const route = (id: string) => (id === 'index' ? '' : `${id}/`);

describe('fee table and the 2026 fee law', () => {
  for (const { code } of locales) {
    for (const id of ['fees', 're-entry-permit'] as const) {
      test(`${code}/${id}: the caption gives the date in force and the date checked; the 2026 notice is unconfirmed and amount-free`, async () => {
        const page = await open(`/${code}/${route(id)}`);
        // An untranslated page shows the English text, with English dates.
        const shown: Locale = existsSync(`content/${code}/${id}.mdx`) ? code : sourceLocale;
        const caption = page.locator('table.fee-table caption');
        await expect(caption.count()).resolves.toBe(1);
        const captionText = (await textWithoutReadings(caption)) ?? '';
        expect(captionText).toContain(formatDate(reentryPermitFees.appliesFrom, shown));
        expect(captionText).toContain(formatDate(reentryFeesCheckedOn, shown));

        const notice = page.locator('[data-notice="fee-law-2026"]');
        await expect(notice.isVisible()).resolves.toBe(true);
        const noticeText = (await textWithoutReadings(notice)) ?? '';
        expect(noticeText).toContain(formatDate(keyDates.newFeesReportedFrom, shown));
        expect(noticeText).toContain(formatDate(keyDates.feeLawDeadline, shown));
        await expect(notice.locator(`a[href="${isaFeePage}"]`).count()).resolves.toBe(1);

        const numbers = bareNumbers((await textWithoutReadings(page.locator('main'))) ?? '');
        for (const amount of unconfirmedAmounts) expect(numbers.has(amount), `unconfirmed fee ${amount} shown on /${code}/${route(id)}`).toBe(false);
        await page.close();
      });
    }
  }

  test('en: the caption reads "in force since … · checked on …", not "as of"', async () => {
    const page = await open('/en/fees/');
    const caption = (await textWithoutReadings(page.locator('table.fee-table caption'))) ?? '';
    expect(caption).toBe(`Re-entry permit fees, in force since ${formatDate(reentryPermitFees.appliesFrom, 'en')} · checked on ${formatDate(reentryFeesCheckedOn, 'en')}`);
    await page.close();
  });
});

describe('which text prevails', () => {
  for (const { code } of locales.filter((l) => l.code !== sourceLocale)) {
    const strings = ui(code).translation;

    test(`${code}: every translated page says the English page prevails and the official Japanese texts prevail over both`, async () => {
      const ids = translatedPages(code);
      expect(ids.length, `${code} has no translated page`).toBeGreaterThan(0);
      for (const id of ids) {
        const page = await open(`/${code}/${route(id)}`);
        const notice = page.locator('[data-notice="prevalence"]');
        await expect(notice.count(), `/${code}/${route(id)}`).resolves.toBe(1);
        await expect(notice.isVisible()).resolves.toBe(true);
        expect(await textWithoutReadings(notice)).toContain(strings.notice);
        await expect(notice.locator(`a[hreflang="en"]`).getAttribute('href')).resolves.toBe(`/en/${route(id)}`);
        await page.close();
      }
    });

    for (const checker of ['re-entry', 'special-permission'] as const) {
      test(`${code}: the ${checker} checker says the English checker prevails and the official Japanese texts prevail over both`, async () => {
        const page = await open(`/${code}/check/${checker}/`);
        const notice = page.locator('[data-notice="prevalence"]');
        await expect(notice.count()).resolves.toBe(1);
        await expect(notice.isVisible()).resolves.toBe(true);
        expect(await textWithoutReadings(notice)).toContain(strings.checkerNotice);
        await expect(notice.locator('a[hreflang="en"]').getAttribute('href')).resolves.toBe(`/en/check/${checker}/`);
        await page.close();
      });
    }
  }

  test('en: the source pages and checkers carry no translation notice', async () => {
    for (const path of ['/en/', '/en/fees/', '/en/check/re-entry/', '/en/check/special-permission/']) {
      const page = await open(path);
      await expect(page.locator('[data-notice="prevalence"]').count(), path).resolves.toBe(0);
      await page.close();
    }
  });
});
