// A page's text changed without its review date: lastReviewed for English, sourceReviewed for translations.
import { describe, expect, test } from 'vitest';
import { japanDateOf, reviewFieldName, textChangedWithoutReview } from '../../src/content/review-drift.ts';

const en = (reviewed: string, body: string) => `---\ntitle: Fees\nlastReviewed: ${reviewed}\n---\n\n${body}\n`;
const ja = (source: string, body: string) => `---\ntitle: 手数料\nlastReviewed: 2026-11-23\ntranslates:\n  page: fees\n  sourceReviewed: ${source}\n---\n\n${body}\n`;

describe('text changed without the review date', () => {
  test('English text changed, lastReviewed not: warned', () => expect(textChangedWithoutReview(en('2026-11-23', 'Old.'), en('2026-11-23', 'New.'), 'lastReviewed')).toBe(true));
  test('English text and lastReviewed changed: fine', () => expect(textChangedWithoutReview(en('2026-11-23', 'Old.'), en('2026-12-03', 'New.'), 'lastReviewed')).toBe(false));
  test('only lastReviewed changed: fine', () => expect(textChangedWithoutReview(en('2026-11-23', 'Same.'), en('2026-12-03', 'Same.'), 'lastReviewed')).toBe(false));
  test('a new file has nothing to compare with', () => expect(textChangedWithoutReview(null, en('2026-11-23', 'New.'), 'lastReviewed')).toBe(false));
  test('a translation changed without sourceReviewed: warned', () => expect(textChangedWithoutReview(ja('2026-11-23', '古い'), ja('2026-11-23', '新しい'), 'sourceReviewed')).toBe(true));
  test('changed on a day the page was already reviewed: fine', () => expect(textChangedWithoutReview(ja('2026-12-03', '一回目'), ja('2026-12-03', '二回目'), 'sourceReviewed', '2026-12-03')).toBe(false));
  test('changed the day after the review date: warned', () => expect(textChangedWithoutReview(ja('2026-12-03', '一回目'), ja('2026-12-03', '二回目'), 'sourceReviewed', '2026-12-04')).toBe(true));
  test('a commit at 23:30 in Tokyo (14:30 UTC) is dated that Tokyo day, and 00:30 Tokyo the next', () => {
    expect(japanDateOf(Date.UTC(2026, 11, 3, 14, 30) / 1000)).toBe('2026-12-03');
    expect(japanDateOf(Date.UTC(2026, 11, 3, 15, 30) / 1000)).toBe('2026-12-04');
  });
  test('a translation synced with the English: fine', () => expect(textChangedWithoutReview(ja('2026-11-23', '古い'), ja('2026-12-03', '新しい'), 'sourceReviewed')).toBe(false));
  test('the field follows the folder', () => {
    expect(reviewFieldName('content/en/fees.mdx', 'en')).toBe('lastReviewed');
    expect(reviewFieldName('content/ja/fees.mdx', 'en')).toBe('sourceReviewed');
  });
});
