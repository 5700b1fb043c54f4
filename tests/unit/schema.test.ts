// The frontmatter check: each kind of editor mistake gives a message naming the field.
import { describe, expect, test } from 'vitest';
import { readFrontmatter, formatProblems } from '../../src/content/frontmatter.ts';

const valid = `---
title: Re-entry permit
description: Who needs a re-entry permit, how to apply, what it costs and how long it lasts, in plain words.
procedure: re-entry
lastReviewed: 2026-11-23
sources:
  - title: Immigration Services Agency
    url: https://www.isa.go.jp/en/applications/procedures/16-5.html
    official: true
---

Body text.
`;

function problemsOf(text: string) {
  const result = readFrontmatter(text);
  return result.ok ? [] : result.problems;
}

describe('valid frontmatter', () => {
  test('is accepted, dates stay calendar strings and defaults are filled', () => {
    const result = readFrontmatter(valid);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.lastReviewed).toBe('2026-11-23');
    expect(result.data.keywords).toEqual([]);
    expect(result.data.sources[0]?.official).toBe(true);
    expect(result.body.trim()).toBe('Body text.');
  });
});

describe('each mistake names its field', () => {
  const cases: Array<[string, string, string]> = [
    ['missing title', valid.replace('title: Re-entry permit\n', ''), 'title'],
    ['impossible date', valid.replace('2026-11-23', '2026-02-30'), 'lastReviewed'],
    ['date in another format', valid.replace('2026-11-23', '23/11/2026'), 'lastReviewed'],
    ['unknown procedure', valid.replace('procedure: re-entry', 'procedure: visa'), 'procedure'],
    ['short description', valid.replace(/description: .*/, 'description: Too short.'), 'description'],
    ['source without a URL', valid.replace('    url: https://www.isa.go.jp/en/applications/procedures/16-5.html\n', ''), 'sources.0.url'],
    ['source with a relative URL', valid.replace('https://www.isa.go.jp/en/applications/procedures/16-5.html', '/en/fees/'), 'sources.0.url'],
    ['misspelled field', valid.replace('lastReviewed:', 'lastReveiwed:'), 'lastReviewed'],
    ['translation without its page', valid.replace('sources:', 'translates:\n  sourceReviewed: 2026-11-23\nsources:'), 'translates.page'],
  ];
  for (const [name, text, field] of cases) {
    test(name, () => {
      const problems = problemsOf(text);
      expect(problems.map((p) => p.field)).toContain(field);
    });
  }

  test('a misspelled field is reported as unknown', () => {
    const problems = problemsOf(valid.replace('lastReviewed:', 'lastReveiwed:'));
    expect(problems.map((p) => p.field)).toContain('lastReveiwed');
  });

  test('messages carry file, line and field', () => {
    const problems = problemsOf(valid.replace('2026-11-23', '2026-02-30'));
    expect(formatProblems('content/en/x.mdx', problems)).toEqual([
      'content/en/x.mdx:5: frontmatter field "lastReviewed" must be a real date written as YYYY-MM-DD (got "2026-02-30")',
    ]);
  });

  test('no frontmatter and broken YAML are reported, not thrown', () => {
    expect(problemsOf('Just text')[0]?.message).toMatch(/missing/);
    expect(problemsOf('---\ntitle: [unclosed\n---\n')[0]?.message).toMatch(/not valid YAML/);
  });
});
