import { describe, expect, test } from 'vitest';
import { isCloseTo, isRealMatch, markedWords } from '../../src/search/matches.ts';

describe('results that really match the query', () => {
  test('marked words are read from an excerpt', () => {
    expect(markedWords('the <mark>minashi</mark> rule and <mark>Re-entry</mark>')).toEqual(['minashi', 'Re-entry']);
    expect(markedWords('nothing marked')).toEqual([]);
  });

  test('nonsense that Pagefind matched to a short word does not count', () => {
    expect(isCloseTo('as', 'asdfgh')).toBe(false);
    expect(isRealMatch(['as', 'as'], 'asdfgh')).toBe(false);
    expect(isRealMatch(['blood'], 'xqzt blorf')).toBe(false);
    expect(isRealMatch([], 'minashi')).toBe(false);
  });

  test('typos, inflections, case and accents still count', () => {
    expect(isCloseTo('minashi', 'minashy')).toBe(true);
    expect(isCloseTo('permission', 'permision')).toBe(true);
    expect(isCloseTo('sainyukoku', 'sainyuukoku')).toBe(true);
    expect(isCloseTo('zaitoku', 'zaitok')).toBe(true);
    expect(isCloseTo('Refunds', 'refund')).toBe(true);
    expect(isCloseTo('reentrada', 'reentrada')).toBe(true);
    expect(isCloseTo('tái', 'tai')).toBe(true);
    expect(isCloseTo('재입국허가를', '재입국허가')).toBe(true);
  });

  test('in scripts without spaces, a piece of the typed compound counts', () => {
    expect(isCloseTo('再入国', 'みなし再入国許可')).toBe(true);
    expect(isCloseTo('在留', '在留特別許可')).toBe(true);
    expect(isCloseTo('再', '再入国')).toBe(false);
  });

  test('single characters marked in a short compound count when they cover most of it', () => {
    expect(isRealMatch(['在', '特'], '在特')).toBe(true);
    expect(isRealMatch(['在留', '特別'], '在特')).toBe(true);
    expect(isRealMatch(['在'], '在特許可')).toBe(false);
    expect(isRealMatch(['留学'], '在特')).toBe(false);
  });

  test('one close word among several is enough', () => {
    expect(isRealMatch(['as', 'permit'], 'asdfgh permit')).toBe(true);
  });
});
