// The kit's date reader: a date from the address, whole or in three boxes, or why it is not one.
import { describe, expect, it } from 'vitest';
import { readDate, toParams } from '../../../widgets/kit/url.ts';

const read = (query: string) => readDate(new URLSearchParams(query), 'd');

describe('readDate', () => {
  it('reads a whole date and the three boxes, as people type them', () => {
    expect(read('d=2024-02-29')).toEqual({ date: '2024-02-29' });
    expect(read('d=+2024-02-29+')).toEqual({ date: '2024-02-29' });
    expect(read('d-year=２０２４&d-month=2&d-day=29')).toEqual({ date: '2024-02-29' });
    expect(read('d-year=2024&d-month=02&d-day=+9')).toEqual({ date: '2024-02-09' });
  });
  it('says why a date is not one: impossible (a leap day in a common year, a 31st in a 30-day month) or not a date', () => {
    expect(read('d=2025-02-29')).toEqual({ why: 'impossible_date' });
    expect(read('d-year=2026&d-month=4&d-day=31')).toEqual({ why: 'impossible_date' });
    expect(read('d=tomorrow')).toEqual({ why: 'invalid_date' });
    expect(read('d=2026-4-1')).toEqual({ why: 'invalid_date' });
    expect(read('d-year=26&d-month=4&d-day=1')).toEqual({ why: 'invalid_date' });
    expect(read('d-year=2026&d-month=13&d-day=1')).toEqual({ why: 'impossible_date' });
  });
  it('nothing given is no answer, with no reason', () => {
    expect(read('')).toEqual({});
    expect(read('d=')).toEqual({});
    expect(read('d-year=&d-month=&d-day=')).toEqual({});
  });
  it('boxes that read win over a whole value that does not', () => {
    expect(read('d=2026-02-30&d-year=2026&d-month=3&d-day=1')).toEqual({ date: '2026-03-01' });
  });
  it('toParams takes any query and never throws', () => {
    expect(toParams('?a=1').get('a')).toBe('1');
    expect(toParams(null).toString()).toBe('');
    expect(toParams('%%%').toString()).toBeTypeOf('string');
  });
});
