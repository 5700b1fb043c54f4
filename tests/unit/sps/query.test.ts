import { describe, expect, it } from 'vitest';
import { changeField, hasAnswers, paramNames, parseSpsQuery, toSpsQuery } from '../../../widgets/sps/query.ts';

describe('query ⇄ answers', () => {
  it('writes the documented parameter names in question order', () => {
    const query = toSpsQuery({
      wish: 'stay',
      situation: 'overstay',
      stage: 'detained',
      sentence: 'none',
      previouslyDeportedOrOrdered: false,
      listedCrimeConviction: true,
      inFavour: ['stateless', 'married_japanese_or_spr'],
      against: ['drug_offence'],
    }).toString();
    expect(query).toBe('wish=stay&situation=overstay&stage=detained&sentence=none&listed=yes&prior=no&favour=married_japanese_or_spr&favour=stateless&against=drug_offence');
  });

  it('reads what a GET form submits, booleans as yes/no', () => {
    expect(parseSpsQuery('?wish=leave&situation=overstay&stage=no_contact&sentence=none&listed=no&prior=yes')).toEqual({
      wish: 'leave',
      situation: 'overstay',
      stage: 'no_contact',
      sentence: 'none',
      listedCrimeConviction: false,
      previouslyDeportedOrOrdered: true,
      inFavour: [],
      against: [],
    });
  });

  it('drops garbage, keeps the rest, accepts comma lists, last single value wins', () => {
    const parsed = parseSpsQuery('wish=%ZZ&wish=stay&stage=moon&prior=maybe&favour=stateless,bogus&favour=long_residence&against=criminal_offence&x=1');
    expect(parsed).toEqual({
      wish: 'stay',
      situation: undefined,
      stage: undefined,
      sentence: undefined,
      listedCrimeConviction: undefined,
      previouslyDeportedOrOrdered: undefined,
      inFavour: ['stateless', 'long_residence'],
      against: [],
    });
  });

  it('tolerates null, undefined and empty input', () => {
    expect(parseSpsQuery(null).wish).toBeUndefined();
    expect(parseSpsQuery(undefined).inFavour).toEqual([]);
    expect(hasAnswers('')).toBe(false);
  });

  it('knows when the page was opened with answers, and which question to change', () => {
    expect(hasAnswers('?utm=1')).toBe(false);
    expect(hasAnswers('?favour=stateless')).toBe(true);
    expect(changeField('?wish=stay&change=stage')).toBe('stage');
    expect(changeField('?change=__proto__')).toBeUndefined();
  });

  it('parameter names are unique', () => {
    const names = Object.values(paramNames);
    expect(new Set(names).size).toBe(names.length);
  });
});
