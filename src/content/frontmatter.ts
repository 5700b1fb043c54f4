// Reads an MDX file's frontmatter as plain YAML, without turning dates into Date objects
// (a YAML parser would quietly roll 2026-02-30 over to 2 March), and validates it against the
// page schema. Shared by the build (through the content loader) and `npm run check:content`.
import { parse } from 'yaml';
import { checkFrontmatter, type FrontmatterProblem, type PageFrontmatter } from './schema.ts';

export type FrontmatterResult =
  | { ok: true; data: PageFrontmatter; body: string; bodyStartLine: number }
  | { ok: false; problems: Array<FrontmatterProblem & { line?: number }> };

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Finds the line (1-based) where a top-level frontmatter field is written, for error messages. */
function lineOfField(frontmatter: string, field: string): number | undefined {
  const top = field.split('.')[0];
  const index = frontmatter.split('\n').findIndex((line) => line.startsWith(`${top}:`));
  return index >= 0 ? index + 2 : undefined;
}

export function readFrontmatter(text: string): FrontmatterResult {
  const match = FENCE.exec(text);
  if (!match) return { ok: false, problems: [{ field: '(frontmatter)', message: 'is missing: the file must start with --- and the page fields', line: 1 }] };
  const yamlText = match[1] ?? '';
  let data: unknown;
  try {
    data = parse(yamlText, { schema: 'core' });
  } catch (error) {
    return { ok: false, problems: [{ field: '(frontmatter)', message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}`, line: 1 }] };
  }
  const checked = checkFrontmatter(data);
  if (!checked.ok) {
    return { ok: false, problems: checked.problems.map((p) => ({ ...p, line: lineOfField(yamlText, p.field) })) };
  }
  const bodyStartLine = match[0].split('\n').length;
  return { ok: true, data: checked.data, body: text.slice(match[0].length), bodyStartLine };
}

export function formatProblems(file: string, problems: Array<FrontmatterProblem & { line?: number }>): string[] {
  return problems.map((p) => `${file}${p.line ? `:${p.line}` : ''}: frontmatter field "${p.field}" ${p.message}`);
}
