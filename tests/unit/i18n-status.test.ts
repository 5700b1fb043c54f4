// Translation status on a temporary git repository built inside the test.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gitIn } from '../../src/i18n-status/git.ts';
import { renderTable, summary, translationStatus, type StatusInput } from '../../src/i18n-status/status.ts';
import type { Dictionary } from '../../src/i18n/dictionaries.ts';

let dir: string;
let clock = Date.UTC(2026, 0, 1) / 1000;

function git(...args: string[]) {
  execFileSync('git', args, {
    cwd: dir,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_DATE: `${clock} +0000`, GIT_COMMITTER_DATE: `${clock} +0000`, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' },
  });
}
function write(path: string, text: string) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}
/** Commits everything, `days` days after the previous commit. */
function commit(message: string, days = 1) {
  clock += days * 86_400;
  git('add', '-A');
  git('commit', '-q', '-m', message);
}

let scoped = false;
function status() {
  return translationStatus(statusInput());
}
function statusInput(): StatusInput {
  return {
    // Half the runs read history file by file, half from one scoped log: both must agree.
    git: (scoped = !scoped) ? gitIn(dir, ['content', 'i18n']) : gitIn(dir),
    sourceLocale: 'en',
    locales: ['en', 'ja', 'id'],
    pages: ['a', 'b', 'c'].filter((p) => existsSync(join(dir, `content/en/${p}.mdx`))),
    pagePath: (l, p) => `content/${l}/${p}.mdx`,
    exists: (path) => existsSync(join(dir, path)),
    namespaces: ['ui'],
    dictionaryPath: (l, ns) => `i18n/${l}/${ns}.json`,
    readDictionary: (path) => (existsSync(join(dir, path)) ? (JSON.parse(readFileSync(join(dir, path), 'utf8')) as Dictionary) : undefined),
  };
}
const pageState = (locale: string, page: string) => status().pages.find((p) => p.locale === locale && p.page === page);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'i18n-status-'));
  git('init', '-q', '-b', 'main');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pages, from git history', () => {
  test('a translation committed after its source is up to date; a locale without the file is missing', () => {
    write('content/en/a.mdx', 'English A v1');
    write('content/ja/a.mdx', 'Japanese A v1');
    commit('Add page a');
    expect(pageState('ja', 'a')).toMatchObject({ page: 'a', locale: 'ja', state: 'up-to-date', commitsBehind: 0, daysBehind: 0 });
    expect(pageState('id', 'a')?.state).toBe('missing');
  });

  test('a change to the English page makes the translation outdated, with commits and days behind', () => {
    write('content/en/a.mdx', 'English A v2');
    commit('Update a', 3);
    write('content/en/a.mdx', 'English A v3');
    commit('Update a again', 2);
    expect(pageState('ja', 'a')).toMatchObject({ page: 'a', locale: 'ja', state: 'outdated', commitsBehind: 2, daysBehind: 5 });
  });

  test('a new English page is missing in every locale', () => {
    write('content/en/b.mdx', 'English B');
    commit('Add page b');
    expect(pageState('ja', 'b')?.state).toBe('missing');
    expect(pageState('id', 'b')?.state).toBe('missing');
  });

  test('updating the translation brings it up to date', () => {
    write('content/ja/a.mdx', 'Japanese A v3');
    commit('Translate a v3');
    expect(pageState('ja', 'a')?.state).toBe('up-to-date');
  });

  test('renaming both files keeps the history: still up to date after the move', () => {
    git('mv', 'content/en/a.mdx', 'content/en/c.mdx');
    git('mv', 'content/ja/a.mdx', 'content/ja/c.mdx');
    commit('Rename a to c');
    expect(pageState('ja', 'c')?.state).toBe('up-to-date');
    write('content/en/c.mdx', 'English C v4');
    commit('Update c');
    expect(pageState('ja', 'c')).toMatchObject({ state: 'outdated', commitsBehind: 1, daysBehind: 1 });
  });

  test('an English change marked [i18n-ignore] does not make translations outdated', () => {
    write('content/ja/c.mdx', 'Japanese C v4');
    commit('Translate c v4');
    write('content/en/c.mdx', 'English C v4 (typo fixed)');
    commit('Fix a typo [i18n-ignore]');
    expect(pageState('ja', 'c')?.state).toBe('up-to-date');
  });

  test('an English commit that only moves lastReviewed leaves translations up to date; a text change still counts', () => {
    write('content/en/c.mdx', '---\nlastReviewed: 2026-01-01\n---\nEnglish C v4 (typo fixed)');
    write('content/ja/c.mdx', 'Japanese C v4 (reviewed)');
    commit('Review dates on c');
    write('content/en/c.mdx', '---\nlastReviewed: 2026-02-01\n---\nEnglish C v4 (typo fixed)');
    commit('Re-read c against the facts: nothing changed');
    expect(pageState('ja', 'c')?.state).toBe('up-to-date');
    write('content/en/c.mdx', '---\nlastReviewed: 2026-03-01\n---\nEnglish C v5');
    commit('Update c');
    expect(pageState('ja', 'c')).toMatchObject({ state: 'outdated', commitsBehind: 1 });
    write('content/ja/c.mdx', 'Japanese C v5');
    commit('Translate c v5');
  });
});

describe('UI strings, key by key', () => {
  test('missing keys and keys whose English changed after the translation', () => {
    write('i18n/en/ui.json', JSON.stringify({ a: 'Hello', b: 'Bye', nested: { c: 'C' } }));
    write('i18n/ja/ui.json', JSON.stringify({ a: 'こんにちは', nested: { c: 'シー' } }));
    commit('Add dictionaries');
    write('i18n/en/ui.json', JSON.stringify({ a: 'Hello!', b: 'Bye', nested: { c: 'C' } }));
    commit('Change a');
    const ja = status().keys.find((k) => k.locale === 'ja');
    expect(ja).toEqual({ locale: 'ja', namespace: 'ui', missing: ['b'], outdated: ['a'], total: 3 });
    const id = status().keys.find((k) => k.locale === 'id');
    expect(id?.missing).toEqual(['a', 'b', 'nested.c']);
  });

  test('the summary and the table report a new locale as partially translated', () => {
    write('content/id/b.mdx', 'Indonesian B');
    commit('Start Indonesian');
    const s = summary(status(), 'id');
    expect(s).toMatchObject({ pages: 2, upToDate: 1, missing: 1, keysMissing: 3 });
    const table = renderTable(status());
    expect(table).toMatch(/^b\s+MISSING\s+ok$/m);
    expect(table).toMatch(/^c\s+ok\s+MISSING$/m);
    expect(table).toContain('id: pages 1/2 ok, 0 outdated, 1 missing');
    expect(Math.max(...table.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  test('uncommitted edits are shown as such, not as up to date', () => {
    const input = { uncommitted: (path: string) => path === 'content/en/b.mdx' };
    const s = translationStatus({ ...statusInput(), ...input });
    expect(s.pages.find((p) => p.page === 'b' && p.locale === 'id')?.uncommitted).toEqual({ source: true, translation: false });
    const table = renderTable(s);
    expect(table).toMatch(/^b\s+MISSING\*\s+ok\*$/m);
    expect(table).toContain('* uncommitted edits, not counted until committed: en/b (English: translations are compared with its last commit)');
  });
});

describe('reading history', () => {
  test('one scoped git log gives the same status as reading each file', () => {
    const first = status();
    const second = status();
    expect(second).toEqual(first);
  });
});
