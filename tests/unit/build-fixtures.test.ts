// Builds small fixture content folders with the real site code, to prove what editors see:
// a bad frontmatter field fails the build naming the file and the field; a missing translation
// is published in English with a notice, lang="en" and a canonical link to the English page.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function buildFixture(name: string, env: Record<string, string> = {}) {
  const outDir = mkdtempSync(join(tmpdir(), `site-${name}-`));
  outDirs.push(outDir);
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, ...env, CONTENT_ROOT: `./tests/fixtures/${name}`, OUT_DIR: join(outDir, 'dist'), CACHE_DIR: join(outDir, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    timeout: 180_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir: join(outDir, 'dist') };
}

describe('building fixture content', () => {
  test('a bad frontmatter field fails the build and names the file and the field', () => {
    const { status, output } = buildFixture('bad-frontmatter');
    expect(status).not.toBe(0);
    expect(output).toContain('en/index.mdx');
    expect(output).toContain('lastReviewed');
    expect(output).toContain('YYYY-MM-DD');
  }, 200_000);

  // One build of tests/fixtures/broken (one file per kind of mistake): the build stops before
  // rendering and names every problem the content check names, each once.
  test('every kind of content mistake fails the build with its message, once', () => {
    const { status, output } = buildFixture('broken');
    expect(status).not.toBe(0);
    const check = spawnSync('node', ['scripts/check-content.ts'], { env: { ...process.env, CONTENT_ROOT: 'tests/fixtures/broken' }, encoding: 'utf8' });
    const problems = check.stderr.split('\n').filter((line) => line.startsWith('tests/fixtures/broken/'));
    expect(problems.length).toBeGreaterThanOrEqual(16);
    for (const problem of problems) expect(output.split(problem).length - 1, problem).toBe(1);
    for (const message of [
      'frontmatter field "sources.0.url"', 'the MDX does not compile', '"new-page" is not a page id', 'goes to a page that does not exist',
      'no heading has that id', 'names a language', 'unknown component <Foo>', 'permit must be one of', 'the fee 4000 yen is typed by hand',
      'the date 2024-06-10 is typed by hand', 'needs at least one official source', 'points to no English page', 'add "translates:',
      '"lastReviewed" is 2099-01-01, after today',
    ]) expect(output).toContain(message);
    // Nothing was rendered: the check runs before the pages are built.
    expect(output).not.toContain('Building static entrypoints');
  }, 200_000);

  test('an untranslated page is published in English with a notice in the reader language', () => {
    const { status, output, outDir } = buildFixture('fallback');
    expect(status, output).toBe(0);
    const html = readFileSync(join(outDir, 'ja/fees/index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ja"/);
    expect(html).toMatch(/<main id="main" tabindex="-1" lang="en"/);
    expect(html).toMatch(/class="notice notice--warning" lang="ja"[^>]*>[\s\S]*?日本語/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/en\/fees\/"/);
    // Links in the English text stay in the reader's language.
    expect(html).toContain('href="/ja/"');
    // The translated home page says it is a translation and that it is out of date.
    const home = readFileSync(join(outDir, 'ja/index.html'), 'utf8');
    expect(home).toContain('href="/ja/fees/"');
    expect(home).not.toMatch(/<main[^>]*lang="en"/);
    expect(home).toContain("notice__outdated");
    expect(home).toMatch(/<link rel="canonical" href="[^"]*\/ja\/"/);
  }, 200_000);
});
