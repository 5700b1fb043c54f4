import { describe, expect, test } from 'vitest';
import { queryFromUrl, toView } from '../../src/search/render.ts';
import { primaryTerms } from '../../src/search/primary-terms.ts';

describe('search page helpers', () => {
  test('the query comes from ?q= and ?procedure=, trimmed and bounded', () => {
    expect(queryFromUrl('?q=%20%E5%86%8D%E5%85%A5%E5%9B%BD%E8%A8%B1%E5%8F%AF%20&procedure=re-entry')).toEqual({ q: '再入国許可', procedure: 're-entry' });
    expect(queryFromUrl('')).toEqual({ q: '', procedure: '' });
    expect(queryFromUrl(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });

  test('a result shows its best section when it is not the page title', () => {
    const view = toView({
      url: '/en/special-re-entry-permit/',
      excerpt: 'page <mark>minashi</mark>',
      meta: { title: 'Special re-entry permit' },
      filters: { procedure: ['re-entry'] },
      sub_results: [
        { title: 'Special re-entry permit', url: '/en/special-re-entry-permit/', excerpt: 'x' },
        { title: 'When must I be back?', url: '/en/special-re-entry-permit/#deadline', excerpt: 'by <mark>minashi</mark>' },
      ],
    });
    expect(view).toEqual({
      url: '/en/special-re-entry-permit/#deadline',
      title: 'Special re-entry permit',
      excerpt: 'by <mark>minashi</mark>',
      section: 'When must I be back?',
      procedure: 're-entry',
    });
  });

  test('the link goes to the FAQ question that matched best, not the first one with a hit', () => {
    const hit = (score: number) => ({ balanced_score: score, weight: 1 });
    const view = toView({
      url: '/en/faq/',
      excerpt: 'x',
      meta: { title: 'Frequently asked questions' },
      sub_results: [
        { title: 'Frequently asked questions', url: '/en/faq/', excerpt: 'top', weighted_locations: [] },
        { title: 'By when must I come back?', url: '/en/faq/#by-when-must-i-come-back', excerpt: 'a', weighted_locations: [hit(2)] },
        { title: 'How much does a re-entry permit cost?', url: '/en/faq/#how-much', excerpt: 'b', weighted_locations: [hit(30), hit(5)] },
      ],
    });
    expect(view.url).toBe('/en/faq/#how-much');
    expect(view.section).toBe('How much does a re-entry permit cost?');
  });

  test('when the page top (title, key terms) matched best, the link goes to the page itself', () => {
    const view = toView({
      url: '/en/special-re-entry-permit/',
      excerpt: 'top <mark>minashi</mark>',
      meta: { title: 'Special re-entry permit' },
      sub_results: [
        { title: 'Special re-entry permit', url: '/en/special-re-entry-permit/', excerpt: 'top', weighted_locations: [{ balanced_score: 90 }] },
        { title: 'When must I be back?', url: '/en/special-re-entry-permit/#deadline', excerpt: 'd', weighted_locations: [{ balanced_score: 3 }] },
      ],
    });
    expect(view).toMatchObject({ url: '/en/special-re-entry-permit/', section: null, excerpt: 'top <mark>minashi</mark>' });
  });

  test('primary terms come from the locale glossary plus the words people type', () => {
    const glossary = { 're-entry-permit': { term: '再入境许可', japanese: '再入国許可', reading: '', definition: '' } };
    expect(primaryTerms('re-entry-permit', glossary)).toEqual(expect.arrayContaining(['再入境许可', '再入国許可', 're-entry permit']));
    expect(primaryTerms('faq', glossary)).toEqual([]);
  });
});
