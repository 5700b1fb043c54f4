import { describe, expect, test } from 'vitest';
import { bestBet, normaliseQuery, promote } from '../../src/search/best-bets.ts';

const ja = [
  { term: '再入国許可', url: '/ja/re-entry-permit/' },
  { term: 'みなし再入国許可', url: '/ja/special-re-entry-permit/' },
  { term: '在留特別許可', url: '/ja/special-permission-to-stay/' },
];
const en = [
  { term: 're-entry permit', url: '/en/re-entry-permit/' },
  { term: 'special re-entry permit', url: '/en/special-re-entry-permit/' },
  { term: 'minashi', url: '/en/special-re-entry-permit/' },
];

describe('best bets for compound terms', () => {
  test('the whole compound goes to its own guide, not to the guide sharing a piece of it', () => {
    expect(bestBet('みなし再入国許可', ja)).toBe('/ja/special-re-entry-permit/');
    expect(bestBet('みなし再入国', ja)).toBe('/ja/special-re-entry-permit/');
    expect(bestBet('再入国許可', ja)).toBe('/ja/re-entry-permit/');
    expect(bestBet('再入国', ja)).toBe('/ja/re-entry-permit/');
    expect(bestBet('在留特別許可 申請', ja)).toBe('/ja/special-permission-to-stay/');
  });

  test('full-width, case and spaces do not matter', () => {
    expect(normaliseQuery('  Ｍｉｎａｓｈｉ　Permit ')).toBe('minashi permit');
    expect(bestBet('MINASHI', en)).toBe('/en/special-re-entry-permit/');
    expect(bestBet('Re-entry  Permit', en)).toBe('/en/re-entry-permit/');
  });

  test('alphabetic queries match whole words only, and too-short queries match nothing', () => {
    expect(bestBet('permits', en)).toBeNull();
    expect(bestBet('re', en)).toBeNull();
    expect(bestBet('許', ja)).toBeNull();
    expect(bestBet('visa', en)).toBeNull();
  });

  test('a tie between two pages gives no best bet', () => {
    expect(bestBet('permit', [{ term: 'a permit', url: '/a/' }, { term: 'b permit', url: '/b/' }])).toBeNull();
  });

  test('promote moves the page to the front and leaves other lists alone', () => {
    const results = [{ url: '/ja/re-entry-permit/' }, { url: '/ja/faq/' }, { url: '/ja/special-re-entry-permit/#deadline' }];
    expect(promote(results, '/ja/special-re-entry-permit/').map((r) => r.url)).toEqual(['/ja/special-re-entry-permit/#deadline', '/ja/re-entry-permit/', '/ja/faq/']);
    expect(promote(results, null)).toBe(results);
    expect(promote(results, '/ja/fees/')).toBe(results);
  });
});

describe('spacing outside alphabetic scripts', () => {
  const ko = [
    { term: '재입국허가', url: '/ko/re-entry-permit/' },
    { term: '간주재입국허가', url: '/ko/special-re-entry-permit/' },
  ];
  test('a Korean term typed (or canonicalised) with spaces still finds its page', () => {
    expect(bestBet('간주 재입국허가', ko)).toBe('/ko/special-re-entry-permit/');
    expect(bestBet('간주 재입국 허가', ko)).toBe('/ko/special-re-entry-permit/');
    expect(bestBet('재입국 허가', ko)).toBe('/ko/re-entry-permit/');
  });
  test('English words still match only whole words', () => {
    expect(bestBet('permits', [{ term: 'permit', url: '/en/x/' }])).toBeNull();
  });
});
