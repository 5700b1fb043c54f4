import { describe, expect, test } from 'vitest';
import { canonicalQuery, correctedQuery, foldText, indexVariants, matchKey, vocabulary, withoutAccents } from '../../src/search/normalise.ts';
import { bestBet } from '../../src/search/best-bets.ts';

describe('foldText: one form for what looks the same', () => {
  test('zero-width characters and soft hyphens disappear', () => {
    expect(foldText('पुनः\u200Dप्रवेश')).toBe('पुनःप्रवेश');
    expect(foldText('re\u00ADentry\u200B permit\uFEFF')).toBe('reentry permit');
  });

  test('a colon typed for the Devanagari visarga becomes the visarga; other colons stay', () => {
    expect(foldText('पुन:प्रवेश')).toBe('पुनःप्रवेश');
    expect(foldText('पुन: प्रवेश')).toBe('पुनः प्रवेश');
    expect(foldText('fee: refund')).toBe('fee: refund');
  });

  test('full-width letters, ideographic spaces, case and dashes', () => {
    expect(foldText('  Ｍｉｎａｓｈｉ　Re‐Entry ')).toBe('minashi re-entry');
    expect(foldText('재류\u3000특별  허가')).toBe('재류 특별 허가');
  });

  test('empty and blank input give an empty string', () => {
    expect(foldText('')).toBe('');
    expect(foldText(' \u200B \u3000')).toBe('');
  });
});

describe('accents and match keys', () => {
  test('Latin accents go, other scripts keep their marks', () => {
    expect(withoutAccents('giấy phép tái nhập cảnh đặc biệt')).toBe('giay phep tai nhap canh dac biet');
    expect(withoutAccents('autorização')).toBe('autorizacao');
    expect(withoutAccents('पुनःप्रवेश')).toBe('पुनःप्रवेश');
    expect(withoutAccents('재입국허가')).toBe('재입국허가');
  });

  test('spacing, hyphens and accents do not change the key', () => {
    expect(matchKey('재류 특별 허가')).toBe(matchKey('재류특별허가'));
    expect(matchKey('re entry permit')).toBe(matchKey('Re-entry permit'));
    expect(matchKey('tai nhap canh')).toBe(matchKey('tái nhập cảnh'));
    expect(matchKey('पुन: प्रवेश')).toBe(matchKey('पुनःप्रवेश'));
  });
});

describe('indexVariants: what the index gets besides the written form', () => {
  test('compounds of Hangul, Devanagari and Han without their spaces', () => {
    expect(indexVariants('재입국 허가')).toEqual(['재입국허가']);
    expect(indexVariants('पुनःप्रवेश अनुमति (再入国許可)')).toContain('पुनःप्रवेशअनुमति (再入国許可)');
  });

  test('Latin terms keep their spaces, lose hyphens and accents', () => {
    expect(indexVariants('re-entry permit')).toEqual(['reentry permit']);
    expect(indexVariants('giấy phép tái nhập cảnh (再入国許可)')).toEqual(['giay phep tai nhap canh (再入国許可)']);
    expect(indexVariants('minashi')).toEqual([]);
  });
});

describe('canonicalQuery: the query as the pages write it', () => {
  const ne = vocabulary(['पुनःप्रवेश अनुमति', 'विशेष पुनःप्रवेश अनुमति', 'विशेष बसोबास अनुमति', 'शुल्क', 'शुल्क फिर्ता']);
  const ko = vocabulary(['재류특별허가', '재입국허가', '재입국 허가', '간주재입국허가']);
  const vi = vocabulary(['giấy phép tái nhập cảnh', 'lưu trú đặc biệt']);
  const en = vocabulary(['re-entry permit', 'Special Permission to Stay', 'minashi']);

  test('a spaced compound becomes the joined form the pages write, and the reverse', () => {
    expect(canonicalQuery('पुनः प्रवेश', ne)).toBe('पुनःप्रवेश');
    expect(canonicalQuery('पुन: प्रवेश अनुमति', ne)).toBe('पुनःप्रवेश अनुमति');
    expect(canonicalQuery('재류 특별 허가', ko)).toBe('재류특별허가');
    expect(canonicalQuery('재류특별 허가', ko)).toBe('재류특별허가');
  });

  test('hyphens, accents and case follow the written term', () => {
    expect(canonicalQuery('Reentry Permit', en)).toBe('re-entry permit');
    expect(canonicalQuery('re entry permit', en)).toBe('re-entry permit');
    expect(canonicalQuery('giay phep tai nhap canh', vi)).toBe('giấy phép tái nhập cảnh');
    expect(canonicalQuery('luu tru dac biet', vi)).toBe('lưu trú đặc biệt');
  });

  test('words that match nothing stay as typed (nonsense stays nonsense)', () => {
    expect(canonicalQuery('xqzt blorf', en)).toBe('xqzt blorf');
    expect(canonicalQuery('minashi deadline', en)).toBe('minashi deadline');
    expect(canonicalQuery('', en)).toBe('');
  });

  test('one key with two written forms is ambiguous and left alone', () => {
    const vocab = vocabulary(['tài liệu', 'tại nhà']);
    expect(canonicalQuery('tai nha', vocab)).toBe('tại nhà');
    expect(canonicalQuery('tai', vocab)).toBe('tai');
  });

  test('very short words are never rewritten', () => {
    expect(canonicalQuery('re', vocabulary(['ré']))).toBe('re');
  });
});

describe('best bets after normalisation', () => {
  const ne = [
    { term: 'शुल्क', url: '/ne/fees/' },
    { term: 'विशेष बसोबास अनुमतिका लागि पूरा शुल्क फिर्ता नीति', url: '/ne/refund-policy/' },
    { term: 'पुनःप्रवेश अनुमति (再入国許可)', url: '/ne/re-entry-permit/' },
    { term: 'विशेष पुनःप्रवेश अनुमति (みなし再入国許可)', url: '/ne/special-re-entry-permit/' },
    { term: 'विशेष बसोबास अनुमति (在留特別許可)', url: '/ne/special-permission-to-stay/' },
  ];

  test('a two-word query whose words are both in one title ranks that guide first', () => {
    expect(bestBet('शुल्क फिर्ता', ne)).toBe('/ne/refund-policy/');
    expect(bestBet('फिर्ता शुल्क', ne)).toBe('/ne/refund-policy/');
    expect(bestBet('शुल्क', ne)).toBe('/ne/fees/');
  });

  test('the Nepali spaced re-entry term finds the re-entry permit guide', () => {
    const vocab = vocabulary(ne.map((b) => b.term));
    expect(bestBet(canonicalQuery('पुनः प्रवेश', vocab), ne)).toBe('/ne/re-entry-permit/');
  });
});

describe('correctedQuery: typos towards known words, only when the query found nothing', () => {
  const en = vocabulary(['minashi', 'Special Permission to Stay', 'sainyukoku kyoka', 'refund']);

  test('one slip from five letters, two from nine', () => {
    expect(correctedQuery('minasi', en)).toBe('minashi');
    expect(correctedQuery('special permision to stay', en)).toBe('special permission to stay');
    expect(correctedQuery('sainyuukoku', en)).toBe('sainyukoku');
  });

  test('short words, known words and words far from any known word stay', () => {
    expect(correctedQuery('refnd', en)).toBe('refund');
    expect(correctedQuery('stya', en)).toBe('stya');
    expect(correctedQuery('minashi', en)).toBe('minashi');
    expect(correctedQuery('asdfgh', en)).toBe('asdfgh');
  });

  test('a word as near to two known words is left alone', () => {
    expect(correctedQuery('parmit', vocabulary(['permit', 'parrot', 'pamit']))).toBe('parmit');
  });
});
