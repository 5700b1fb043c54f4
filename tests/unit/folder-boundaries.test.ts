// Issue 16, "leaky boundaries": the command-line scripts stand on their own (the tests import
// what they share from scripts/support/, never the other way round), and the site's helpers live in
// folders named for their job (no src/lib grab-bag).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';

/** Every relative import and dynamic import of a file, resolved against the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.[^'"]+)['"]/gm)].map((m) => normalize(join(dirname(file), m[1]!)));
}

const sourceFiles = (root: string) =>
  readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|tsx|mjs)$/.test(f)).map((f) => normalize(join(root, f)));

describe('folder boundaries', () => {
  test('no script imports from tests/', () => {
    const leaks = sourceFiles('scripts').flatMap((file) => importsOf(file).filter((target) => target.startsWith(`tests/`)).map((target) => `${file} → ${target}`));
    expect(leaks).toEqual([]);
  });

  test('the import check sees imports (a file of scripts/ that imports src/ is found)', () => {
    expect(importsOf('scripts/bench.ts').some((target) => target.startsWith('src/'))).toBe(true);
  });

  test('no src/lib grab-bag', () => {
    expect(existsSync('src/lib')).toBe(false);
  });
});
