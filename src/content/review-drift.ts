// A page whose text changed without its review date: English pages must move `lastReviewed` (that
// is what tells translators and readers the English is newer), translations `sourceReviewed`.
// Checked for the last commit of each page and for uncommitted edits. Commits marked
// [i18n-ignore] (typo fixes) are exempt, as in the translation status.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gitIn, isGitRepository } from '../i18n-status/git.ts';

/** The value of a frontmatter field line ("lastReviewed: 2026-11-23"), or undefined. */
function field(text: string, name: string): string | undefined {
  return new RegExp(`^\\s*${name}:\\s*(\\S+)`, 'm').exec(text)?.[1];
}

/** The text without the review-date lines, so only real changes count. */
export function withoutReviewDates(text: string): string {
  return text.replace(/^\s*(lastReviewed|sourceReviewed):.*$/gm, '').replace(/\s+$/, '');
}

/**
 * True when the text changed but the review field did not. A review date already on or after the
 * day of the change (`changedOn`, a calendar date in Japan) is not drift: the page was reviewed that
 * day and then refined, e.g. a translator's second pass after setting sourceReviewed.
 */
export function textChangedWithoutReview(before: string | null, after: string, fieldName: 'lastReviewed' | 'sourceReviewed', changedOn?: string): boolean {
  if (before === null) return false;
  const reviewed = field(after, fieldName);
  if (changedOn && reviewed && reviewed >= changedOn) return false;
  return withoutReviewDates(before) !== withoutReviewDates(after) && field(before, fieldName) === reviewed;
}

/** The calendar date in Japan (UTC+9, no daylight saving) of a Unix time in seconds. */
export function japanDateOf(unixSeconds: number): string {
  return new Date((unixSeconds + 9 * 3600) * 1000).toISOString().slice(0, 10);
}

export function reviewFieldName(path: string, sourceLocale: string): 'lastReviewed' | 'sourceReviewed' {
  return path.split('/').at(-2) === sourceLocale ? 'lastReviewed' : 'sourceReviewed';
}

/** Warnings for page files (paths relative to root) whose last change left the review date alone. */
export function reviewDriftWarnings(root: string, paths: readonly string[], sourceLocale: string): string[] {
  if (!paths.length || !isGitRepository(root)) return [];
  const scopes = [...new Set(paths.map((p) => p.split('/').slice(0, -2).join('/')).filter(Boolean))];
  const git = gitIn(root, scopes);
  const warnings: string[] = [];
  const last = paths.map((path) => ({ path, commit: git.history(path).find((c) => !c.subject.includes('[i18n-ignore]')) }));
  const committed = last.filter((c) => c.commit !== undefined);
  const versions = git.showMany(committed.flatMap(({ path, commit }) => [{ hash: `${commit!.hash}^`, path }, { hash: commit!.hash, path }]));
  const heads = git.showMany(paths.map((path) => ({ hash: 'HEAD', path })));
  committed.forEach(({ path, commit }, i) => {
    const name = reviewFieldName(path, sourceLocale);
    const after = versions[2 * i + 1];
    if (after != null && textChangedWithoutReview(versions[2 * i] ?? null, after, name, japanDateOf(commit!.time))) {
      warnings.push(`${path}: commit ${commit!.hash.slice(0, 7)} ("${commit!.subject}") changed the text but not "${name}" — set it to the day you checked the page (or put [i18n-ignore] in the message of a typo fix)`);
    }
  });
  // Uncommitted edits, compared with the last commit, so the editor hears it before committing.
  paths.forEach((path, i) => {
    const file = join(root, path);
    if (!existsSync(file)) return;
    const name = reviewFieldName(path, sourceLocale);
    if (textChangedWithoutReview(heads[i] ?? null, readFileSync(file, 'utf8'), name, japanDateOf(Date.now() / 1000))) {
      warnings.push(`${path}: uncommitted changes to the text leave "${name}" as it was — set it to today if you checked the page (a typo fix may leave it)`);
    }
  });
  return warnings;
}
