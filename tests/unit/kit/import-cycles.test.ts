// Issue 16: imports between the checkers' modules point one way (answers ← questions ← rules ←
// outcome ← island). Type-only imports count too: a cycle of types is still two files that
// cannot be read one without the other.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = 'widgets';
const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.tsx?$/.test(f))
  .map((f) => normalize(join(root, f)));

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)[^'"]*?from\s+'(\.[^']+)'/gm)]
    .map((m) => normalize(join(dirname(file), m[1]!)))
    .filter((target) => files.includes(target));
}

function cycles(): string[][] {
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (file: string, path: string[]) => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') return void found.push([...path.slice(path.indexOf(file)), file]);
    state.set(file, 'open');
    for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
    state.set(file, 'done');
  };
  for (const file of files) visit(file, []);
  return found;
}

describe('widgets/ import graph', () => {
  it('reads the imports it should (the test can see an edge)', () => {
    expect(importsOf(normalize('widgets/sps/assess.ts'))).toContain(normalize('widgets/sps/questions.ts'));
  });
  it('has no import cycle (sps/assess.ts and sps/questions.ts included)', () => {
    expect(cycles()).toEqual([]);
  });
});
