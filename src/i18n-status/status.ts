// Translation status per locale: pages (whole files) and UI strings (key by key), from git history.
// A translation is outdated when its English source changed in a commit after the translation's
// own last commit. Commits whose message contains [i18n-ignore] (typo fixes) do not count.
import type { Commit, Git } from './git.ts';
import { flatten, type Dictionary } from '../i18n/dictionaries.ts';
import { withoutReviewDates } from '../content/review-drift.ts';

export const IGNORE_MARK = '[i18n-ignore]';

export type PageState = 'up-to-date' | 'outdated' | 'missing';
export type PageStatus = {
  page: string;
  locale: string;
  state: PageState;
  commitsBehind: number;
  daysBehind: number;
  /** The translation's last commit: the English diff since it shows what to translate. */
  translatedCommit?: string;
  /** Files with edits not yet committed; the status judges them by their last commit. */
  uncommitted?: { source: boolean; translation: boolean };
};
export type KeyStatus = { locale: string; namespace: string; missing: string[]; outdated: string[]; total: number };
export type TranslationStatus = { pages: PageStatus[]; keys: KeyStatus[]; locales: string[]; sourceLocale: string };

const DAY = 86_400;
const meaningful = (commits: Commit[]) => commits.filter((c) => !c.subject.includes(IGNORE_MARK));

export type StatusInput = {
  git: Git;
  sourceLocale: string;
  locales: readonly string[];
  /** English page ids and the locales that have a file for each (from the working tree). */
  pages: readonly string[];
  pagePath: (locale: string, page: string) => string;
  exists: (path: string) => boolean;
  namespaces: readonly string[];
  dictionaryPath: (locale: string, namespace: string) => string;
  readDictionary: (path: string) => Dictionary | undefined;
  /** Whether a file has uncommitted changes (the working tree differs from HEAD). */
  uncommitted?: (path: string) => boolean;
};

export function pageStatus(input: StatusInput, locale: string, page: string): PageStatus {
  const status = pageStatusFromHistory(input, locale, page);
  const source = input.uncommitted?.(input.pagePath(input.sourceLocale, page)) ?? false;
  const translation = status.state !== 'missing' && (input.uncommitted?.(input.pagePath(locale, page)) ?? false);
  return source || translation ? { ...status, uncommitted: { source, translation } } : status;
}

function pageStatusFromHistory(input: StatusInput, locale: string, page: string): PageStatus {
  const sourcePath = input.pagePath(input.sourceLocale, page);
  const translationPath = input.pagePath(locale, page);
  if (!input.exists(translationPath)) return { page, locale, state: 'missing', commitsBehind: 0, daysBehind: 0 };
  const translated = input.git.history(translationPath)[0];
  // The commit that created the English page is not a change to translate: a translation
  // committed before it was made from that same text.
  const sourceCommits = textChanges(input.git, sourcePath, meaningful(input.git.history(sourcePath).slice(0, -1)));
  // A translation not yet committed is judged against the English as it is now: up to date.
  if (!translated) return { page, locale, state: 'up-to-date', commitsBehind: 0, daysBehind: 0 };
  const newer = sourceCommits.filter((c) => c.time > translated.time || (c.time === translated.time && c.hash !== translated.hash && isAfter(sourceCommits, c, translated)));
  if (!newer.length) return { page, locale, state: 'up-to-date', commitsBehind: 0, daysBehind: 0, translatedCommit: translated.hash };
  const latest = Math.max(...newer.map((c) => c.time));
  return { page, locale, state: 'outdated', commitsBehind: newer.length, daysBehind: Math.floor((latest - translated.time) / DAY), translatedCommit: translated.hash };
}

/**
 * The commits that changed the page's text. A commit that only moves `lastReviewed` (the English
 * was re-read and nothing changed) leaves nothing to translate. `history` is newest first and
 * excludes the creating commit, so every commit here has a parent version.
 */
function textChanges(git: Git, path: string, history: Commit[]): Commit[] {
  if (!history.length) return history;
  const texts = git.showMany(history.flatMap((c) => [{ hash: `${c.hash}^`, path }, { hash: c.hash, path }]));
  return history.filter((_, i) => {
    const [before, after] = [texts[2 * i], texts[2 * i + 1]];
    // A rename or a missing parent version: count it, as before.
    return before == null || after == null || withoutReviewDates(before) !== withoutReviewDates(after);
  });
}

// Commits made in the same second are ordered by their position in history.
function isAfter(sourceCommits: Commit[], commit: Commit, translated: Commit): boolean {
  return sourceCommits.findIndex((c) => c.hash === translated.hash) > sourceCommits.indexOf(commit);
}

/**
 * The time each key's value last changed in a file's history. With `countCreation` false, a key's
 * first appearance is not a change (an English key added after its translation was written).
 */
export function keyChangeTimes(git: Git, path: string, commits: Commit[], countCreation = true): Map<string, number> {
  const changed = new Map<string, number>();
  const texts = git.showMany(commits.map((c) => ({ hash: c.hash, path })));
  const versions = commits.map((c, i) => {
    const text = texts[i];
    let flat: Record<string, string> = {};
    try {
      flat = text ? flatten(JSON.parse(text) as Dictionary) : {};
    } catch {
      flat = {};
    }
    return { commit: c, flat };
  });
  // Walk from oldest to newest; a key's change time is the last commit where its value differed.
  const oldestFirst = [...versions].reverse();
  let previous: Record<string, string> = {};
  for (const { commit, flat } of oldestFirst) {
    for (const [key, value] of Object.entries(flat)) {
      const isNew = !(key in previous);
      if ((isNew && countCreation) || (!isNew && previous[key] !== value)) changed.set(key, commit.time);
    }
    previous = flat;
  }
  return changed;
}

export function keyStatus(input: StatusInput, locale: string, namespace: string): KeyStatus {
  const sourcePath = input.dictionaryPath(input.sourceLocale, namespace);
  const translationPath = input.dictionaryPath(locale, namespace);
  const source = flatten(input.readDictionary(sourcePath) ?? {});
  const translation = flatten(input.readDictionary(translationPath) ?? {});
  const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');
  const translatedBases = new Set(Object.keys(translation).map(base));
  const missing = Object.keys(source).filter((k) => !(k in translation) && !(base(k) !== k && translatedBases.has(base(k))));
  const sourceTimes = keyChangeTimes(input.git, sourcePath, meaningful(input.git.history(sourcePath)), false);
  const translationTimes = keyChangeTimes(input.git, translationPath, input.git.history(translationPath));
  const outdated = Object.keys(source).filter((k) => {
    if (!(k in translation)) return false;
    const s = sourceTimes.get(k);
    const t = translationTimes.get(k);
    return s !== undefined && t !== undefined && s > t;
  });
  return { locale, namespace, missing, outdated, total: Object.keys(source).length };
}

export function translationStatus(input: StatusInput): TranslationStatus {
  const targets = input.locales.filter((l) => l !== input.sourceLocale);
  return {
    sourceLocale: input.sourceLocale,
    locales: [...targets],
    pages: input.pages.flatMap((page) => targets.map((locale) => pageStatus(input, locale, page))),
    keys: targets.flatMap((locale) => input.namespaces.map((ns) => keyStatus(input, locale, ns))),
  };
}

/** Per locale: how much is translated and current, for the summary line. */
export function summary(status: TranslationStatus, locale: string): { pages: number; upToDate: number; outdated: number; missing: number; keysMissing: number; keysOutdated: number; keys: number } {
  const pages = status.pages.filter((p) => p.locale === locale);
  const keys = status.keys.filter((k) => k.locale === locale);
  return {
    pages: pages.length,
    upToDate: pages.filter((p) => p.state === 'up-to-date').length,
    outdated: pages.filter((p) => p.state === 'outdated').length,
    missing: pages.filter((p) => p.state === 'missing').length,
    keysMissing: keys.reduce((n, k) => n + k.missing.length, 0),
    keysOutdated: keys.reduce((n, k) => n + k.outdated.length, 0),
    keys: keys.reduce((n, k) => n + k.total, 0),
  };
}

/** A page's cell: ok, MISSING or "<commits>c/<days>d" behind; "*" marks uncommitted edits. */
export function statusCell(p: PageStatus | undefined): string {
  if (!p) return '';
  const text = p.state === 'missing' ? 'MISSING' : p.state === 'outdated' ? `${p.commitsBehind}c/${p.daysBehind}d` : 'ok';
  return p.uncommitted ? `${text}*` : text;
}

/** The terminal report, at most 100 columns wide (cells are short; two spaces between columns). */
export function renderTable(status: TranslationStatus): string {
  const lines: string[] = [];
  const pagesList = [...new Set(status.pages.map((p) => p.page))];
  const width = Math.max(4, ...pagesList.map((p) => p.length));
  const colWidth = Math.max(5, ...status.locales.map((l) => l.length), ...status.pages.map((p) => statusCell(p).length));
  const row = (cells: string[]) => cells.map((c, i) => c.padEnd(i === 0 ? width : colWidth)).join('  ').trimEnd();
  lines.push(row(['page', ...status.locales]));
  for (const page of pagesList) lines.push(row([page, ...status.locales.map((l) => statusCell(status.pages.find((p) => p.page === page && p.locale === l)))]));
  const uncommitted = [...new Set(status.pages.flatMap((p) => [
    ...(p.uncommitted?.source ? [`${status.sourceLocale}/${p.page} (English: translations are compared with its last commit)`] : []),
    ...(p.uncommitted?.translation ? [`${p.locale}/${p.page}`] : []),
  ]))];
  if (uncommitted.length) {
    lines.push('');
    lines.push(`* uncommitted edits, not counted until committed: ${uncommitted.join(', ')}`);
  }
  lines.push('');
  for (const locale of status.locales) {
    const s = summary(status, locale);
    lines.push(`${locale}: pages ${s.upToDate}/${s.pages} ok, ${s.outdated} outdated, ${s.missing} missing · UI strings ${s.keys - s.keysMissing - s.keysOutdated}/${s.keys} ok, ${s.keysMissing} missing, ${s.keysOutdated} outdated`);
    const list = (keys: string[]) => `${keys.slice(0, 5).join(', ')}${keys.length > 5 ? ` … (+${keys.length - 5})` : ''}`;
    for (const k of status.keys.filter((k) => k.locale === locale)) {
      if (k.missing.length) lines.push(`  ${k.namespace}: missing ${list(k.missing)}`);
      if (k.outdated.length) lines.push(`  ${k.namespace}: outdated ${list(k.outdated)}`);
    }
  }
  return lines.join('\n');
}
