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
    expect(about('en/fees.mdx')).toEqual([
      `${root}/en/fees.mdx:12: the fee 4000 yen is typed by hand — use <Fee permit="…" channel="…" /> or <FeeTable /> so it follows src/data/legal.ts`,
      `${root}/en/fees.mdx:12: the amount 8000 yen is not in src/data/legal.ts — check it against shared/domain/facts.md and use <Fee> for fees`,
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
  test('a translation that does not say what it translates', () => expect(about('ja/fees.mdx')[0]).toMatch(/add "translates: \{ page: fees/));
});

describe('finding fees and dates in prose, in every language', () => {
  test('yen amounts in the formats our languages use', () => {
    expect(findYenAmounts('¥4,000 / ￥7000 / 3,500円 / 6.500 ienes / 4,000 yen / JPY 7,000 / ४,००० येन').sort()).toEqual([3500, 4000, 4000, 4000, 6500, 7000, 7000]);
    expect(findYenAmounts('1 year, 2 months, 14 days')).toEqual([]);
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
