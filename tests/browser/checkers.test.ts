// Completing both checkers with the keyboard only, in two languages each; the answers live in the
// URL, so reload, back and share give the same result; errors are announced without losing answers.
import { readFile } from 'node:fs/promises';
import { describe, expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './support/session.ts';

const base = inject('baseUrl');
const browser = useBrowser();

/** Presses Tab until the focused element matches the selector (as a keyboard user would). */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 250; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** Chooses a radio button with the keyboard: Tab into the group, arrow keys to the value. */
async function chooseRadio(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[type="radio"][name="${name}"]`);
  for (let i = 0; i < 12; i++) {
    if (await page.evaluate((v) => (document.activeElement as HTMLInputElement).value === v, value)) {
      await page.keyboard.press('Space');
      expect(await page.isChecked(`input[name="${name}"][value="${value}"]`)).toBe(true);
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no option ${value} in ${name}`);
}

async function tick(page: Page, name: string, value: string): Promise<void> {
  await tabTo(page, `input[type="checkbox"][name="${name}"][value="${value}"]`);
  await page.keyboard.press('Space');
}

async function typeDate(page: Page, name: string, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  for (const [part, value] of [['year', y], ['month', m], ['day', d]] as const) {
    await tabTo(page, `input[name="${name}-${part}"]`);
    await page.keyboard.type(value!);
  }
}

async function submitAndReadResult(page: Page): Promise<string> {
  await tabTo(page, '.checker-root form button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /^H[1-3]$/.test(document.activeElement?.tagName ?? ''));
  return page.evaluate(() => document.activeElement?.closest('section, div[role="region"], [aria-live], .result, [class*="result"]')?.textContent ?? document.body.innerText);
}

/** A page whose clock reads 3 December 2026, 10:00 in Japan: the checker compares departures with today. */
async function pageOnFixedDay(): Promise<Page> {
  const page = await browser.context().newPage();
  await page.clock.setFixedTime(new Date('2026-12-03T10:00:00+09:00'));
  return page;
}

describe('re-entry checker by keyboard', () => {
  for (const locale of ['en', 'ja', 'ja-easy']) {
    test(`${locale}: a resident with a period of stay gets special re-entry and the exact date`, async () => {
      const page = await pageOnFixedDay();
      await page.goto(`${base}/${locale}/check/re-entry/`);
      await chooseRadio(page, 'residence', 'mid_long_term');
      await chooseRadio(page, 'passport', 'yes');
      await chooseRadio(page, 'card', 'yes');
      await tick(page, 'ex', 'none');
      await typeDate(page, 'expiry', '2028-05-31');
      await chooseRadio(page, 'pending', 'no');
      await typeDate(page, 'departure', '2026-12-20');
      await typeDate(page, 'return', '2027-01-10');
      await chooseRadio(page, 'permit', 'none');
      await chooseRadio(page, 'trips', 'one');
      const result = await submitAndReadResult(page);
      // One year from 20 December 2026 ends on 20 December 2027 (facts G1/G2).
      expect(await page.locator('main').innerText()).toContain('2027-12-20');
      expect(result.length).toBeGreaterThan(0);
      const url = new URL(page.url());
      expect(url.searchParams.get('departure')).toBe('2026-12-20');
      expect(url.searchParams.get('return')).toBe('2027-01-10');
      // Reload: the same result comes back from the address alone.
      await page.reload();
      await page.waitForFunction(() => document.body.innerText.includes('2027-12-20'));
      await page.close();
    });
  }

  // Already abroad (facts F0): a permanent resident who left on 1 March 2026 without a permit left
  // on special re-entry; the last day is 1 March 2027 (B4.1). In English the planned return is too
  // late, so the headline is the warning; in Japanese it is on time. Either way the headline and
  // the calendar file give the same date.
  for (const [locale, plannedReturn, headline] of [
    ['en', '2027-05-01', /^Warning: .*2027-03-01/],
    ['ja', '2027-02-01', /^2027年3月1日（2027-03-01）までに日本に戻ってください$/],
  ] as const) {
    test(`${locale}: already abroad, the headline and the .ics give the same date to be back by`, async () => {
      const page = await pageOnFixedDay();
      await page.goto(`${base}/${locale}/check/re-entry/`);
      await chooseRadio(page, 'residence', 'permanent_resident');
      await chooseRadio(page, 'passport', 'yes');
      await chooseRadio(page, 'card', 'yes');
      await tick(page, 'ex', 'none');
      await typeDate(page, 'departure', '2026-03-01');
      await typeDate(page, 'return', plannedReturn);
      await chooseRadio(page, 'permit', 'none');
      // Abroad, the number of trips no longer matters, so it is not asked.
      expect(await page.locator('input[name="trips"]').count()).toBe(0);
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await submitAndReadResult(page);
      // The result needs nothing more from the network: the .ics builder is in the page's bundle.
      expect(requested.filter((u) => u.endsWith('.js'))).toEqual([]);
      const heading = (await page.locator('#reentry-result-heading').innerText()).trim();
      expect(heading).toMatch(headline);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('reentry-result-heading');
      expect(new URL(page.url()).searchParams.get('departure')).toBe('2026-03-01');
      expect(new URL(page.url()).searchParams.has('today')).toBe(false);
      await tabTo(page, '.reentry-result .checker-actions button:not(.checker-button--secondary)');
      const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      expect(download.suggestedFilename()).toBe('return-by-2027-03-01.ics');
      const ics = await readFile((await download.path())!, 'utf8');
      expect(ics).toContain('DTSTART;VALUE=DATE:20270301');
      // Nor does the calendar file: no script or worker is fetched for it.
      expect(requested.filter((u) => u.endsWith('.js'))).toEqual([]);
      // The printed checklist names the same day.
      expect(await page.locator('.reentry-checklist').innerText()).toContain('2027-03-01');
      await page.close();
    });
  }

  test('a return before departure is an inline, announced error and no answer is lost', async () => {
    const page = await pageOnFixedDay();
    await page.goto(`${base}/en/check/re-entry/`);
    await chooseRadio(page, 'residence', 'permanent_resident');
    await chooseRadio(page, 'passport', 'yes');
    await chooseRadio(page, 'card', 'yes');
    await tick(page, 'ex', 'none');
    await typeDate(page, 'departure', '2026-12-20');
    await typeDate(page, 'return', '2026-12-01');
    await chooseRadio(page, 'permit', 'none');
    await chooseRadio(page, 'trips', 'one');
    await tabTo(page, '.checker-root form button[type="submit"]');
    await page.keyboard.press('Enter');
    const summary = page.locator('[role="alert"], .error-summary, [class*="error-summary"]').first();
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))).toBe(true);
    const returnYear = page.locator('input[name="return-year"]');
    expect(await returnYear.getAttribute('aria-invalid')).toBe('true');
    // The question's fieldset points at the inline error, which a screen reader reads with it.
    const describedBy = (await returnYear.evaluate((el) => el.closest('fieldset')?.getAttribute('aria-describedby'))) ?? '';
    const errorText = await page.evaluate((ids) => ids.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' '), describedBy);
    expect(errorText).toMatch(/same as or later than the day you leave/);
    expect(await page.inputValue('input[name="departure-day"]')).toBe('20');
    expect(await page.isChecked('input[name="residence"][value="permanent_resident"]')).toBe(true);
    await page.close();
  });
});

describe('Special Permission checker by keyboard', () => {
  for (const locale of ['en', 'ko', 'id']) {
    test(`${locale}: an overstayer who wants to stay sees the application route, the refund status and the office`, async () => {
      const page = await browser.context().newPage();
      await page.goto(`${base}/${locale}/check/special-permission/`);
      await chooseRadio(page, 'wish', 'stay');
      await chooseRadio(page, 'situation', 'overstay');
      await chooseRadio(page, 'stage', 'no_contact');
      await chooseRadio(page, 'sentence', 'none');
      if (await page.locator('input[name="listed"]').count()) await chooseRadio(page, 'listed', 'no');
      await chooseRadio(page, 'ground', 'no');
      await chooseRadio(page, 'prior', 'no');
      await tick(page, 'favour', 'married_japanese_or_spr');
      await submitAndReadResult(page);
      const main = await page.locator('main').innerText();
      expect(main).toMatch(/03.6450.3286/);
      const url = new URL(page.url());
      expect(url.searchParams.get('wish')).toBe('stay');
      expect(url.searchParams.getAll('favour')).toContain('married_japanese_or_spr');
      await page.goBack();
      await page.goForward();
      await page.waitForFunction(() => /03.6450.3286/.test(document.querySelector('main')?.textContent ?? ''));
      await page.close();
    });
  }
});

// Issue 12: a detained overstayer who wants to leave can still use route (b) of the departure
// order until the inspector's notice (facts C5.2, C5.7), and must be told to speak up before it.
describe('Special Permission checker: detained, wants to leave (keyboard)', () => {
  const expected: Record<string, { heading: string; before: RegExp; checked: RegExp }> = {
    en: { heading: "The departure order's conditions seem to be met", before: /BEFORE an immigration inspector notifies you/, checked: /Rules checked on/ },
    'zh-cn': { heading: '您似乎符合出国命令的条件', before: /“之前”/, checked: /规则核对日期/ },
  };
  for (const [locale, text] of Object.entries(expected)) {
    test(`${locale}: overstay only, detained, no notice yet → departure order, told to say so before the notice`, async () => {
      const page = await browser.context().newPage();
      await page.goto(`${base}/${locale}/check/special-permission/`);
      await chooseRadio(page, 'wish', 'leave');
      await chooseRadio(page, 'situation', 'overstay');
      await chooseRadio(page, 'stage', 'detained');
      await chooseRadio(page, 'sentence', 'none');
      // Never sentenced: neither the listed-crime nor the drug question is asked (issue 17).
      expect(await page.locator('input[name="listed"]').count()).toBe(0);
      expect(await page.locator('input[name="against"]').count()).toBe(0);
      await chooseRadio(page, 'ground', 'no');
      await chooseRadio(page, 'prior', 'no');
      await chooseRadio(page, 'notified', 'no');
      await submitAndReadResult(page);
      const heading = await page.evaluate(() => document.activeElement?.textContent ?? '');
      expect(heading).toBe(text.heading);
      const result = await page.locator('.sps-result').innerText();
      expect(result).toMatch(text.before);
      expect(result).toMatch(text.checked);
      expect(result).toMatch(/C5\.7/);
      expect(result).toMatch(/03.6450.3286/);
      const url = new URL(page.url());
      expect(url.searchParams.get('stage')).toBe('detained');
      expect(url.searchParams.get('notified')).toBe('no');
      // Reload keeps the answers and the result (they live in the URL).
      await page.reload();
      await page.waitForFunction((h) => document.querySelector('.sps-result h2')?.textContent === h, text.heading);
      await page.close();
    });
  }

  test('en: the same person after the inspector\'s notice is told the departure order is closed', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/check/special-permission/?wish=leave&situation=overstay&stage=detained&sentence=none&ground=no&prior=no&notified=yes`);
    await page.waitForSelector('.sps-result');
    const result = await page.locator('.sps-result').innerText();
    expect(result).toMatch(/already told you that you are to be deported/);
    expect(result).not.toMatch(/conditions seem to be met/);
    await page.close();
  });
});

describe('starting on a guide page', () => {
  test('the first question on the guide (no JavaScript there) opens the checker with that answer and no errors', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/ja/special-re-entry-permit/`);
    await chooseRadio(page, 'residence', 'permanent_resident');
    await tabTo(page, '.checker-link__form button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/ja\/check\/re-entry\/\?residence=permanent_resident/);
    await page.waitForTimeout(500);
    expect(await page.isChecked('.checker-root input[name="residence"][value="permanent_resident"]')).toBe(true);
    expect(await page.locator('.checker-root [role="alert"]').count()).toBe(0);
    await page.close();
  });
});

// Issue 17: Back after a result used to show an empty form scrolled far down. The answers live in
// the URL, so Back, Forward, reload and the page cache (bfcache) all show the same answers.
async function fillReentry(page: Page): Promise<void> {
  for (const [name, value] of [['residence', 'permanent_resident'], ['passport', 'yes'], ['card', 'yes'], ['ex', 'none']] as const) {
    await page.check(`input[name="${name}"][value="${value}"]`);
  }
  for (const [name, iso] of [['departure', '2026-12-20'], ['return', '2027-01-10']] as const) {
    const [y, m, d] = iso.split('-');
    await page.fill(`input[name="${name}-year"]`, y!);
    await page.fill(`input[name="${name}-month"]`, m!);
    await page.fill(`input[name="${name}-day"]`, d!);
  }
  await page.check('input[name="permit"][value="none"]');
  await page.check('input[name="trips"][value="one"]');
}

async function fillSps(page: Page): Promise<void> {
  for (const [name, value] of [['wish', 'stay'], ['situation', 'overstay'], ['stage', 'no_contact'], ['sentence', 'none'], ['ground', 'no'], ['prior', 'no']] as const) {
    await page.check(`input[name="${name}"][value="${value}"]`);
  }
  await page.check('input[name="favour"][value="married_japanese_or_spr"]');
}

/** True when the element's top is inside the viewport (the reader sees the start of that section). */
async function topInView(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((el) => {
    const top = el.getBoundingClientRect().top;
    return top >= 0 && top < innerHeight;
  });
}

const historyCases = [
  {
    name: 're-entry',
    path: '/en/check/re-entry/',
    fill: fillReentry,
    submit: '.checker-root form button[type="submit"]',
    result: '#reentry-result-heading',
    resultText: '2027-12-20',
    filled: 'input[name="residence"][value="permanent_resident"]',
    alsoFilled: 'input[name="trips"][value="one"]',
    date: ['input[name="departure-day"]', '20'],
    firstQuestion: 'input[name="residence"]',
  },
  {
    name: 'Special Permission',
    path: '/en/check/special-permission/',
    fill: fillSps,
    submit: '.checker-root form button[type="submit"]',
    result: '#sps-result',
    resultText: 'You can apply for Special Permission to Stay',
    filled: 'input[name="wish"][value="stay"]',
    alsoFilled: 'input[name="favour"][value="married_japanese_or_spr"]',
    date: null,
    firstQuestion: 'input[name="wish"]',
  },
] as const;

describe('Back, Forward, reload and the bfcache keep the answers (issue 17)', () => {
  for (const c of historyCases) {
    test(`${c.name}: Back shows the filled form at its top, Forward and the bfcache the same result`, async () => {
      const page = await pageOnFixedDay();
      await page.setViewportSize({ width: 375, height: 700 });
      await page.goto(`${base}${c.path}`);
      await c.fill(page);
      await page.click(c.submit);
      await page.waitForSelector(c.result);
      expect(await page.locator('main').innerText()).toContain(c.resultText);
      const resultUrl = page.url();
      // The title names the result's headline.
      expect(await page.title()).toContain((await page.locator(c.result).innerText()).trim());

      await page.goBack();
      await page.waitForSelector(c.submit);
      expect(await page.isChecked(c.filled)).toBe(true);
      expect(await page.isChecked(c.alsoFilled)).toBe(true);
      if (c.date) expect(await page.inputValue(c.date[0])).toBe(c.date[1]);
      expect(await topInView(page, c.firstQuestion)).toBe(true);
      // Reload of the form entry keeps the answers too.
      await page.reload();
      await page.waitForSelector(c.submit);
      expect(await page.isChecked(c.filled)).toBe(true);

      await page.goForward();
      await page.waitForSelector(c.result);
      expect(page.url()).toBe(resultUrl);
      expect(await page.locator('main').innerText()).toContain(c.resultText);
      expect(await topInView(page, c.result)).toBe(true);

      // Away and back: from the bfcache or loaded again, the same result.
      await page.goto(`${base}/en/`);
      await page.goBack();
      await page.waitForSelector(c.result);
      expect(await page.locator('main').innerText()).toContain(c.resultText);
      expect(page.url()).toBe(resultUrl);

      // A page restored from the bfcache re-reads its address (pageshow with persisted).
      await page.evaluate((path) => {
        history.replaceState(null, '', path);
        dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
      }, c.path);
      await page.waitForSelector(c.submit);
      expect(await page.isChecked(c.filled)).toBe(false);
      await page.close();
    });

    test(`${c.name}: "clear my answers" empties the form and the address in place`, async () => {
      const page = await pageOnFixedDay();
      await page.goto(`${base}${c.path}`);
      await c.fill(page);
      await page.click(c.submit);
      await page.waitForSelector(c.result);
      const length = await page.evaluate(() => history.length);
      await page.getByRole('button', { name: 'Clear my answers from this page' }).click();
      await page.waitForSelector(c.submit);
      expect(new URL(page.url()).search).toBe('');
      expect(await page.evaluate(() => history.length)).toBe(length);
      expect(await page.isChecked(c.filled)).toBe(false);
      await page.close();
    });
  }

  test('errors: the title starts with "Error:" and each message names its question', async () => {
    const page = await pageOnFixedDay();
    await page.goto(`${base}/en/check/re-entry/`);
    await fillReentry(page);
    await page.fill('input[name="departure-day"]', '31');
    await page.fill('input[name="departure-month"]', '2');
    await page.click('.checker-root form button[type="submit"]');
    await page.waitForSelector('#reentry-error-summary');
    expect(await page.title()).toMatch(/^Error: /);
    expect(await page.locator('#reentry-error-summary').innerText()).toMatch(/Leaving Japan: This date does not exist/);
    await page.close();
  });

  test('SPS errors: the title starts with "Error:" while errors show, and names the result after one', async () => {
    const page = await browser.context().newPage();
    await page.goto(`${base}/en/check/special-permission/`);
    await page.click('.checker-root form button[type="submit"]');
    await page.waitForSelector('#sps-errors');
    expect(await page.title()).toMatch(/^Error: /);
    // The messages name their question.
    expect(await page.locator('#sps-errors').innerText()).toContain('Choose whether you want to stay in Japan or leave');
    await fillSps(page);
    await page.click('.checker-root form button[type="submit"]');
    await page.waitForSelector('#sps-result');
    expect(await page.title()).toMatch(/^You can apply for Special Permission to Stay – /);
    await page.close();
  });
});

describe('"Change" in the re-entry result (issue 16)', () => {
  test('is a link to the form filled in at that question; the form opens there and Back returns to the result', async () => {
    const page = await pageOnFixedDay();
    await page.goto(`${base}/en/check/re-entry/`);
    await fillReentry(page);
    await page.click('.checker-root form button[type="submit"]');
    await page.waitForSelector('#reentry-result-heading');
    const resultUrl = page.url();
    const link = page.getByRole('link', { name: /^Change your answer to: When do you leave Japan/ });
    const href = (await link.getAttribute('href'))!;
    expect(new URL(href, resultUrl).search).toBe(`${new URL(resultUrl).search}&change=departure`);
    await link.click();
    await page.waitForSelector('.checker-form');
    expect(new URL(page.url()).searchParams.get('change')).toBe('departure');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reentry-departure-year');
    expect(await page.inputValue('input[name="departure-day"]')).toBe('20');
    await page.goBack();
    await page.waitForSelector('#reentry-result-heading');
    expect(page.url()).toBe(resultUrl);
    // Opened on its own (a new tab), the link shows the same filled form.
    await page.goto(new URL(href, resultUrl).href);
    await page.waitForSelector('.checker-form');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reentry-departure-year');
    expect(await page.isChecked('input[name="residence"][value="permanent_resident"]')).toBe(true);
    await page.close();
  });
});

describe('"Print checklist" (issue 17)', () => {
  test('prints one page with the checklist, the office, its phone, the date printed and "not legal advice"', async () => {
    const page = await pageOnFixedDay();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`${base}/en/check/re-entry/?residence=permanent_resident&passport=yes&card=yes&ex=none&departure=2026-12-20&return=2027-01-10&permit=none&trips=one`);
    await page.waitForSelector('.reentry-checklist');
    // The button marks the page for printing and calls print(), which a headless browser ignores.
    await page.evaluate(() => (window.print = () => {}));
    await page.getByRole('button', { name: 'Print checklist' }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('body').innerText();
    expect(printed).toContain('Departure-day checklist');
    expect(printed).toContain('ACROSEED');
    expect(printed).toMatch(/03.6450.3286/);
    expect(printed).toMatch(/Printed on (3 December|December 3,) 2026/);
    expect(printed).toContain('general information, not legal advice');
    expect(printed).not.toContain('How the checker decides');
    const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
    await page.close();
  });
});
