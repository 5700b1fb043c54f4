// Each kind of editor mistake in tests/fixtures/broken produces its own plain message.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { checkContent, findDates, findYenAmounts, siteMonthNames } from '../../src/content/check.ts';
import { siteFacts } from '../../src/content/site-facts.ts';

const root = 'tests/fixtures/broken';
const files = readdirSync(root, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.mdx'))
  .map((e) => join(e.parentPath, e.name))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const problems = checkContent(files, siteFacts());
const about = (file: string) => problems.filter((p) => p.startsWith(`${root}/${file}`));

describe('the content check on broken fixtures', () => {
  test('a valid page has no problem', () => expect(about('en/index.mdx')).toEqual([]));
  test('a source without a URL', () => expect(about('en/contact.mdx')).toEqual([
    `${root}/en/contact.mdx:6: frontmatter field "sources.0.url" each source needs a full web address starting with https://`,
  ]));
  test('MDX that fails to compile', () => expect(about('en/how-we-work.mdx')[0]).toMatch(/the MDX does not compile: Expected a closing tag for `<Callout>`/));
  test('a link to a page that does not exist', () => expect(about('en/faq.mdx')[0]).toMatch(/faq\.mdx:9: link "\/visa\/" goes to a page that does not exist/));
  test('a link to a section that does not exist', () => expect(about('en/faq.mdx')[1]).toMatch(/link to "#nope" on \/, but no heading has that id/));
  test('a link that crosses into another language', () => expect(about('en/re-entry-permit.mdx')[0]).toMatch(/link "\/ja\/fees\/" names a language — write "\/fees\/"/));
  test('an unknown component and a bad component value', () => {
    expect(about('en/re-entry-permit.mdx')[1]).toMatch(/unknown component <Foo>/);
    expect(about('en/re-entry-permit.mdx')[2]).toMatch(/<Fee permit="triple"> — permit must be one of: single, multiple/);
  });
  test('a fee typed by hand, and one that differs from the data file', () => {
    // 8123 stands for "a figure that is no fee": it must never become one, or this test means nothing.
    const facts = siteFacts();
    expect([...facts.feeAmounts, ...facts.otherAmounts]).not.toContain(8123);
    expect(about('en/fees.mdx')).toEqual([
      `${root}/en/fees.mdx:12: the fee 4000 yen is typed by hand — use <Fee permit="…" channel="…" /> or <FeeTable /> so it follows src/data/legal.ts`,
      `${root}/en/fees.mdx:12: the amount 8123 yen is not in src/data/legal.ts — check it against docs/facts.md and use <Fee> for fees`,
    ]);
  });
  test('a legal date typed by hand, and one that differs from the data file', () => {
    expect(about('en/refund-policy.mdx')).toEqual([
      `${root}/en/refund-policy.mdx:9: the date 2024-06-10 is typed by hand — use <LegalDate name="spsReformInForce" /> so it follows src/data/legal.ts`,
      `${root}/en/refund-policy.mdx:9: the date 2023-06-10 differs from the legal date 2024-06-10 in src/data/legal.ts — check it, then use <LegalDate>`,
    ]);
  });
  test('a guide without an official source', () => expect(about('en/special-permission-to-stay.mdx')[0]).toMatch(/needs at least one official source/));
  test('a translation whose translates field points to nothing', () => expect(about('ja/index.mdx')[0]).toMatch(/"translates.page: no-such-page" points to no English page/));
  test('a page file whose id is not in the page list', () => expect(about('en/new-page.mdx')).toEqual([
    `${root}/en/new-page.mdx: "new-page" is not a page id of this site — rename the file, or add the id to src/content/pages.ts (see content/README.md)`,
  ]));
  test('a lastReviewed in the future', () => expect(about('en/special-re-entry-permit.mdx')[0]).toMatch(/:5: frontmatter field "lastReviewed" is 2099-01-01, after today/));
  test('a translation that does not say what it translates', () => expect(about('ja/fees.mdx')[0]).toMatch(/add "translates: \{ page: fees/));
});

describe('finding fees and dates in prose, in every language', () => {
  test('yen amounts in the formats our languages use', () => {
    expect(findYenAmounts('¥4,000 / ￥7000 / 3,500円 / 6.500 ienes / 4,000 yen / JPY 7,000 / ४,००० येन').sort()).toEqual([3500, 4000, 4000, 4000, 6500, 7000, 7000]);
    expect(findYenAmounts('1 year, 2 months, 14 days')).toEqual([]);
  });
  test('full-width digits and separators, and spaces that group thousands', () => {
    expect(findYenAmounts('８，０００円 / ￥４，０００ / ３．５００ ienes / ７、０００円 / 8\u202f123 yen / 6\u00a0500 円').sort()).toEqual([3500, 4000, 6500, 7000, 8000, 8123]);
    expect(findDates('２０２４－０６－１０ / ２０２４年６月１０日 / ２０２４／６／１０')).toEqual(['2024-06-10', '2024-06-10', '2024-06-10']);
  });
  test('dates in the formats our languages use', () => {
    expect(findDates('10 June 2024; June 10, 2024; 2024年6月10日; 2024년 6월 10일; 10 de junho de 2024; ngày 10 tháng 6 năm 2024; Hunyo 10, 2024; 10/6/2024; २०२४-०६-१०')).toEqual([
      '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10', '2024-06-10',
    ].slice(0, 9));
  });
  test('month names of every site language come from Intl, so a new language needs no code (Indonesian)', () => {
    expect(findDates('sejak 10 Juni 2024, paling lambat 31 Maret 2027')).toEqual(['2024-06-10', '2027-03-31']);
    expect(siteMonthNames(['id'])[0]?.slice(0, 3)).toEqual(['januari', 'februari', 'maret']);
    // Languages whose month names are numbers (3月) are left to the numeric patterns.
    expect(siteMonthNames(['ja', 'ko'])).toEqual([]);
    expect(findDates('Maret 2027 dan 31 bulan')).toEqual([]);
  });
});

describe('npm run check:content', () => {
  test('exits non-zero on broken content and says how many problems', () => {
    const run = spawnSync('node', ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: root }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/\d+ problems in the content/);
  });
});

describe('review dates and dated facts, on a fixed build date', () => {
  const page = (lastReviewed: string, body: string, translates = '') =>
    `---\ntitle: Fees\ndescription: What the office charges and what the immigration office charges, in one short page.\nprocedure: office\nlastReviewed: ${lastReviewed}\nsources: []\n${translates}---\n\n${body}\n`;
  const facts = { ...siteFacts(), today: '2027-01-10', factsShown: { FeeTable: [{ name: 'reentryPermitFees', checkedOn: '2027-01-05', from: '2025-04-01' }] } };

  test('a lastReviewed after the build date is refused, with its line', () => {
    const problems = checkContent([{ path: 'content/en/fees.mdx', text: page('2027-06-01', 'Text.') }], facts);
    expect(problems).toEqual(['content/en/fees.mdx:5: frontmatter field "lastReviewed" is 2027-06-01, after today (2027-01-10) — write the day you checked the page']);
  });
  test('a sourceReviewed after the build date is refused', () => {
    const files = [
      { path: 'content/en/fees.mdx', text: page('2027-01-01', 'Text.') },
      { path: 'content/ja/fees.mdx', text: page('2027-01-01', 'Text.', 'translates:\n  page: fees\n  sourceReviewed: 2027-02-01\n') },
    ];
    expect(checkContent(files, facts)).toEqual(['content/ja/fees.mdx:9: frontmatter field "translates.sourceReviewed" is 2027-02-01, after today (2027-01-10) — write the English page\'s lastReviewed']);
  });
  test('a page reviewed before a fact it shows was checked gets a warning, not a problem', () => {
    const warnings: string[] = [];
    expect(checkContent([{ path: 'content/en/fees.mdx', text: page('2027-01-01', '<FeeTable />') }], facts, warnings)).toEqual([]);
    expect(warnings).toEqual(['content/en/fees.mdx: lastReviewed 2027-01-01 is older than facts it shows, checked or changed since: reentryPermitFees (2027-01-05) — read the page against docs/facts.md, then set lastReviewed']);
  });
  test('reviewed on the day of the check: no warning', () => {
    const warnings: string[] = [];
    checkContent([{ path: 'content/en/fees.mdx', text: page('2027-01-05', '<FeeTable />') }], facts, warnings);
    expect(warnings).toEqual([]);
  });
  test('one mistake in an English page is reported once, not again by each translation', () => {
    const files = [
      { path: 'content/en/fees.mdx', text: page('2027-01-01', 'Text.').replace('title: Fees\n', '') },
      { path: 'content/ja/fees.mdx', text: page('2027-01-01', 'Text.', 'translates:\n  page: fees\n  sourceReviewed: 2027-01-01\n') },
    ];
    const problems = checkContent(files, facts);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/en\/fees\.mdx/);
  });
});

describe('"did you mean" for misspelled names', () => {
  const page = (body: string, name = 'fees', extra = '') =>
    ({ path: `content/en/${name}.mdx`, text: `---\ntitle: Fees\ndescription: What the office charges and what the immigration office charges, in one short page.\nprocedure: office\nlastReviewed: 2026-11-23\nsources: []\n${extra}---\n\n## Section {#section-one}\n\n${body}\n` });
  const check = (...files: Array<{ path: string; text: string }>) => checkContent(files, siteFacts());

  test('a component', () => expect(check(page('<FeeTabel />'))).toEqual(['content/en/fees.mdx:11: unknown component <FeeTabel> — did you mean <FeeTable>?']));
  test('a component value', () => expect(check(page('<LegalDate name="spsReformInforce" />'))[0]).toMatch(/<LegalDate name="spsReformInforce"> — did you mean "spsReformInForce"\?/));
  test('a page id in a file name', () => expect(check(page('Text.', 'feees'))[0]).toMatch(/"feees" is not a page id of this site — did you mean "fees"\?/));
  test('a link to a page', () => expect(check(page('[fees](/feees/)'))[0]).toMatch(/link "\/feees\/" goes to a page that does not exist — did you mean "\/fees\/"\?/));
  test('a heading id', () => expect(check(page('[s](#section-on)'))[0]).toMatch(/no heading has that id — did you mean "#section-one"\?/));
  test('a frontmatter field', () => expect(check(page('Text.', 'fees', 'keyword: [x]\n'))[0]).toMatch(/frontmatter field "keyword" is not a frontmatter field this site knows \(check the spelling\) — did you mean "keywords"\?/));
  test('nothing close: the list instead', () => expect(check(page('<Zzzzzzzz />'))[0]).toMatch(/unknown component <Zzzzzzzz> — known components: Callout/));
});

describe('pages nobody can reach', () => {
  const page = (name: string, body: string) =>
    ({ path: `content/en/${name}.mdx`, text: `---\ntitle: Page\ndescription: What the office charges and what the immigration office charges, in one short page.\nprocedure: office\nlastReviewed: 2026-11-23\nsources: []\n---\n\n${body}\n` });
  const facts = { ...siteFacts(), navigation: ['fees'] };
  test('a page neither in the navigation nor linked from a page is reported (a warning)', () => {
    const warnings: string[] = [];
    checkContent([page('index', 'Home.'), page('fees', 'Fees.'), page('contact', 'Contact.')], facts, warnings);
    expect(warnings).toEqual(['content/en/contact.mdx: no page links to /contact/ and it is not in the navigation — add it to primaryNavigation in src/content/pages.ts or link to it from a page']);
  });
  test('a link from any page is enough', () => {
    const warnings: string[] = [];
    checkContent([page('index', 'See [contact](/contact/).'), page('fees', 'Fees.'), page('contact', 'Contact.')], facts, warnings);
    expect(warnings).toEqual([]);
  });
});

describe('a year that only a past value started in', () => {
  test('"since 1982" is flagged (a warning) where <LegalDate name="reentryFeesPreviousFrom" /> should be', () => {
    const warnings: string[] = [];
    const text = `---\ntitle: Fees\ndescription: What the office charges and what the immigration office charges, in one short page.\nprocedure: office\nlastReviewed: 2026-12-03\nsources: []\n---\n\nBefore that, lower fees had applied since １９８２. In 19820 nothing.\n`;
    checkContent([{ path: 'content/en/fees.mdx', text }], { ...siteFacts(), pastYears: { '1982': 'reentryFeesPreviousFrom' } }, warnings);
    expect(warnings).toEqual(['content/en/fees.mdx:9: the year 1982 is typed by hand — it is when a past legal value started; use <LegalDate name="reentryFeesPreviousFrom" /> so the sentence follows src/data/legal.ts']);
  });
});
