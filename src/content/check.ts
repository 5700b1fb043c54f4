// The content check editors run (`npm run check:content`, also part of `npm test`): every problem
// in every MDX page, one plain line each with the file, the line and the fix. Pure: it takes the
// files' text and the site's data, so tests can feed it broken fixtures.
import { mdxToMdast } from 'satteri';
import { readFrontmatter, formatProblems } from './frontmatter.ts';
import type { PageFrontmatter } from './schema.ts';
import { sourceLocale, isLocale, localeCodes, intlTag } from '../config/locales.ts';
import { isPageId, pageIds } from './pages.ts';
import { didYouMean } from './suggest.ts';
import { splitPath, normaliseRoute } from '../routing/urls.ts';

export type ContentFile = { path: string; text: string };
export type SiteFacts = {
  routes: readonly string[];
  components: Record<string, Record<string, readonly string[] | 'number' | 'string'>>;
  glossaryIds: readonly string[];
  keyDates: Record<string, string>;
  /** Every yen figure in the data files, and those that are fees (which must use <Fee>). */
  feeAmounts: readonly number[];
  otherAmounts: readonly number[];
  /** The office's phone number, which pages show with <Phone />. */
  officePhone: string;
  /** The build date (Japan): no review date may lie after it. */
  today: string;
  /** The facts each component shows ('Fee', 'LegalDate:<name>', …), with when each was checked and applies from. */
  factsShown: Record<string, ReadonlyArray<{ name: string; checkedOn: string; from: string }>>;
  /** Years that only a past legal value started in (e.g. 1982, the fees before 2025), with the date's name. */
  pastYears?: Record<string, string>;
  /** Page ids in the primary navigation: a page neither there nor linked from a page is an orphan. */
  navigation?: readonly string[];
};

type Node = {
  type: string;
  name?: string | null;
  url?: string;
  value?: string;
  depth?: number;
  position?: { start: { line: number } };
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  data?: { hProperties?: { id?: string } };
  children?: Node[];
};

type Parsed = { file: ContentFile; locale: string; page: string; data: PageFrontmatter; tree: Node; offset: number; ids: Set<string> };

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * Month names of every site language, as Intl writes them ("maret", "juni", "मार्च"), so a new
 * language's hand-typed dates are recognised without anyone adding its month names here. Names
 * that are only a number ("3月", "tháng 3") are left to the numeric patterns below.
 */
export function siteMonthNames(codes: readonly string[] = localeCodes): string[][] {
  const lists: string[][] = [];
  for (const code of codes) {
    const tag = isLocale(code) ? intlTag(code) : code;
    const format = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
    const names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2001, i, 1)).toLowerCase());
    if (names.some((name) => /\d/.test(asciiDigits(name)))) continue;
    lists.push(names);
  }
  return lists;
}
const MONTH_LISTS = siteMonthNames();

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Devanagari and full-width digits and separators become ASCII so dates and amounts are found in
 * every script: `８，０００円` reads as `8,000円`, `４．０００` as `4.000`, `２０２４／６／１０` as `2024/6/10`.
 */
export function asciiDigits(text: string): string {
  return text
    .replace(/[०-९]/g, (d) => String(d.charCodeAt(0) - 0x0966))
    .replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[，､、]/g, ',')
    .replace(/[．]/g, '.')
    .replace(/[／]/g, '/')
    .replace(/[－‐‑]/g, '-');
}

/** Calendar dates written in prose, in the formats the site's languages use. */
export function findDates(text: string): string[] {
  const t = asciiDigits(text).toLowerCase();
  const found: string[] = [];
  const monthIndex = (name: string) => {
    // English also in its short forms ("Mar 1, 2027"); every other language by its full month name.
    const en = MONTHS_EN.findIndex((m) => m === name || (name.length >= 3 && m.startsWith(name)));
    if (en >= 0) return en + 1;
    for (const list of MONTH_LISTS) {
      const i = list.indexOf(name);
      if (i >= 0) return i + 1;
    }
    return 0;
  };
  for (const m of t.matchAll(/(\d{4})-(\d{2})-(\d{2})/g)) found.push(iso(+m[1]!, +m[2]!, +m[3]!));
  for (const m of t.matchAll(/(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g)) found.push(iso(+m[1]!, +m[2]!, +m[3]!));
  for (const m of t.matchAll(/(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?([\p{L}\p{M}]+)\s+(?:de\s+)?(\d{4})/gu)) {
    const month = monthIndex(m[2]!);
    if (month) found.push(iso(+m[3]!, month, +m[1]!));
  }
  for (const m of t.matchAll(/([\p{L}\p{M}]+)\s+(\d{1,2}),?\s+(\d{4})/gu)) {
    const month = monthIndex(m[1]!);
    if (month) found.push(iso(+m[3]!, month, +m[2]!));
  }
  for (const m of t.matchAll(/(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2}),?\s+năm\s+(\d{4})/g)) found.push(iso(+m[3]!, +m[2]!, +m[1]!));
  for (const m of t.matchAll(/(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?![\d/.])/g)) found.push(iso(+m[3]!, +m[2]!, +m[1]!));
  for (const m of t.matchAll(/(?<![\d/])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?![\d/])/g)) found.push(iso(+m[1]!, +m[2]!, +m[3]!));
  return found;
}

/** Yen amounts written in prose: ¥4,000, ￥4000, 4,000円, 4.000 ienes, 4,000 yen, JPY 4,000. */
export function findYenAmounts(text: string): number[] {
  const t = asciiDigits(text);
  const amounts: number[] = [];
  // Thousands may also be grouped by a no-break or thin space (8 000 yen).
  const num = (s: string) => Number(s.replace(/[,.\s]/g, ''));
  const figure = '(\\d(?:[\\d,.]|[\\u00a0\\u202f\\u2009](?=\\d{3}))*)';
  for (const m of t.matchAll(new RegExp(`[¥￥]\\s?${figure}`, 'g'))) amounts.push(num(m[1]!));
  for (const m of t.matchAll(new RegExp(`${figure}\\s?(?:円|엔|yen|ienes|iene|yên|येन)`, 'gi'))) amounts.push(num(m[1]!));
  for (const m of t.matchAll(new RegExp(`JPY\\s?${figure}`, 'g'))) amounts.push(num(m[1]!));
  return amounts.filter((n) => Number.isFinite(n) && n > 0);
}

function textOf(node: Node): string {
  let text = '';
  walk(node, (n) => {
    if (n.type === 'text' && n.value) text += n.value;
  });
  return text;
}

function attributes(node: Node): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
    const value = attr.value;
    out[attr.name] = typeof value === 'object' && value !== null && 'value' in value ? (value as { value: string }).value : value;
  }
  return out;
}

/**
 * Problems (which fail the check and the build) and, into `warnings`, what an editor should look at
 * but need not fix before publishing: a page reviewed before a fact it shows was last checked.
 */
export function checkContent(files: readonly ContentFile[], facts: SiteFacts, warnings: string[] = []): string[] {
  const problems: string[] = [];
  const parsed: Parsed[] = [];
  // Every page file, parsed or not: an English page with a mistake is reported once, not again as
  // "missing" by each of its translations.
  const existing = new Set<string>();

  for (const file of files) {
    const match = /(?:^|\/)content\/([^/]+)\/([^/]+)\.mdx$/.exec(file.path) ?? /([^/]+)\/([^/]+)\.mdx$/.exec(file.path);
    const locale = match?.[1] ?? '';
    const page = match?.[2] ?? '';
    existing.add(`${locale}/${page}`);
    if (!isLocale(locale)) problems.push(`${file.path}: the folder "${locale}" is not a site locale — add it to src/config/locales.ts or move the file`);
    if (!isPageId(page)) problems.push(`${file.path}: "${page}" is not a page id of this site${didYouMean(page, pageIds)} — rename the file, or add the id to src/content/pages.ts (see content/README.md)`);
    const front = readFrontmatter(file.text);
    if (!front.ok) {
      problems.push(...formatProblems(file.path, front.problems));
      continue;
    }
    let tree: Node;
    try {
      tree = mdxToMdast(front.body, { features: { headingAttributes: true } }) as unknown as Node;
    } catch (error) {
      const message = (error as Error).message;
      const at = /^(\d+):(\d+):\s*/.exec(message);
      const line = at ? Number(at[1]) + front.bodyStartLine - 1 : front.bodyStartLine;
      problems.push(`${file.path}:${line}: the MDX does not compile: ${message.replace(/^\d+:\d+:\s*/, '')} — check for an unclosed <Component>, a stray { or < (write &lt; or \\{)`);
      continue;
    }
    const ids = new Set<string>(['main']);
    walk(tree, (n) => {
      const id = n.data?.hProperties?.id;
      if (n.type === 'heading' && id) ids.add(id);
    });
    parsed.push({ file, locale, page, data: front.data, tree, offset: front.bodyStartLine - 1, ids });
  }

  const byKey = new Map(parsed.map((p) => [`${p.locale}/${p.page}`, p]));
  const linkedPages = new Set<string>();
  const knownRoutes = new Set(facts.routes.map(normaliseRoute));
  const dateValues = new Set(Object.values(facts.keyDates));

  for (const p of parsed) {
    const line = (n: Node) => `${p.file.path}:${(n.position?.start.line ?? 1) + p.offset}`;
    // Translations say which English page they translate, and that page exists.
    if (p.locale === sourceLocale && p.data.translates) {
      problems.push(`${p.file.path}: English pages are the source — remove the "translates" field`);
    }
    if (p.locale !== sourceLocale) {
      if (!p.data.translates) problems.push(`${p.file.path}: add "translates: { page: ${p.page}, sourceReviewed: <English lastReviewed> }" to say which English page this translates`);
      else if (!existing.has(`${sourceLocale}/${p.data.translates.page}`)) {
        problems.push(`${p.file.path}: "translates.page: ${p.data.translates.page}" points to no English page — there is no content/${sourceLocale}/${p.data.translates.page}.mdx`);
      } else if (p.data.translates.page !== p.page) {
        problems.push(`${p.file.path}: the file is named "${p.page}" but translates "${p.data.translates.page}" — rename the file or fix the field`);
      }
    }
    if (p.data.procedure !== 'office' && !p.data.sources.some((s) => s.official)) {
      problems.push(`${p.file.path}: a guide needs at least one official source — add one with "official: true"`);
    }

    const fieldLine = (field: string) => {
      const at = p.file.text.split('\n').findIndex((l) => new RegExp(`^\\s*${field}:`).test(l));
      return at >= 0 ? `${p.file.path}:${at + 1}` : p.file.path;
    };
    if (p.data.lastReviewed > facts.today) {
      problems.push(`${fieldLine('lastReviewed')}: frontmatter field "lastReviewed" is ${p.data.lastReviewed}, after today (${facts.today}) — write the day you checked the page`);
    }
    const sourceReviewed = p.data.translates?.sourceReviewed;
    if (sourceReviewed && sourceReviewed > facts.today) {
      problems.push(`${fieldLine('sourceReviewed')}: frontmatter field "translates.sourceReviewed" is ${sourceReviewed}, after today (${facts.today}) — write the English page's lastReviewed`);
    }

    const hasGlossary = { value: false };
    const checkers = new Set<string>();
    walk(p.tree, (n) => {
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'Glossary') hasGlossary.value = true;
      if ((n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && n.name === 'CheckerLink') checkers.add(String(attributes(n)['checker']));
    });
    staleFacts(p, facts, warnings);

    walk(p.tree, (n) => {
      // Components and their properties.
      if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
        if (!n.name) return;
        if (/^[a-z]/.test(n.name)) {
          problems.push(`${line(n)}: raw HTML <${n.name}> — use Markdown or one of the components in CONTRIBUTING.md`);
          return;
        }
        const spec = facts.components[n.name];
        if (!spec) {
          const known = Object.keys(facts.components);
          const hint = didYouMean(n.name, known, (c) => `<${c}>`);
          problems.push(`${line(n)}: unknown component <${n.name}>${hint || ` — known components: ${known.join(', ')}`}`);
          return;
        }
        const attrs = attributes(n);
        for (const [name, allowed] of Object.entries(spec)) {
          const value = attrs[name];
          if (value === undefined || value === null) {
            if (Array.isArray(allowed) || allowed === 'number') problems.push(`${line(n)}: <${n.name}> needs ${name}=…`);
            continue;
          }
          if (Array.isArray(allowed) && !allowed.includes(String(value))) {
            const hint = didYouMean(String(value), allowed);
            problems.push(`${line(n)}: <${n.name} ${name}="${String(value)}">${hint || ` — ${name} must be one of: ${allowed.join(', ')}`}`);
          }
        }
        if (n.name === 'Cite') {
          const count = Number(attrs['n']);
          if (!Number.isInteger(count) || count < 1 || count > p.data.sources.length) {
            problems.push(`${line(n)}: <Cite n={${String(attrs['n'])}} /> — this page lists ${p.data.sources.length} sources; n must be 1 to ${p.data.sources.length}`);
          }
        }
        if (n.name === 'Term') {
          if (!facts.glossaryIds.includes(String(attrs['id']))) problems.push(`${line(n)}: <Term id="${String(attrs['id'])}"> is not in src/i18n/en/glossary.json${didYouMean(String(attrs['id']), facts.glossaryIds)}`);
          if (!hasGlossary.value) problems.push(`${line(n)}: <Term> links to the glossary, but this page has no <Glossary /> — add one at the end`);
        }
      }
      // Links stay inside the site and the reader's language, and point to pages and sections that exist.
      if (n.type === 'link' && n.url) {
        const url = n.url;
        if (/^https?:\/\//.test(url) || url.startsWith('mailto:') || url.startsWith('tel:')) return;
        if (url.startsWith('#')) {
          checkFragment(url.slice(1), p, p, line(n), problems, hasGlossary.value, checkers);
          return;
        }
        if (!url.startsWith('/')) {
          problems.push(`${line(n)}: link "${url}" — write internal links from the site root without a language, e.g. /fees/`);
          return;
        }
        const [pathPart = '', fragment] = url.split('#');
        const { locale: linkLocale, route } = splitPath(pathPart);
        if (linkLocale) {
          problems.push(`${line(n)}: link "${url}" names a language — write "/${route}${fragment ? `#${fragment}` : ''}" so it stays in the reader's language`);
          return;
        }
        if (!pathPart.endsWith('/')) {
          problems.push(`${line(n)}: link "${url}" — page links end with a slash, e.g. /fees/`);
          return;
        }
        if (!knownRoutes.has(normaliseRoute(route))) {
          const routes = [...knownRoutes].map((r) => `/${r}`);
          const hint = didYouMean(`/${normaliseRoute(route)}`, routes);
          problems.push(`${line(n)}: link "${url}" goes to a page that does not exist${hint || ` — pages: ${routes.join(', ')}`}`);
          return;
        }
        linkedPages.add(normaliseRoute(route).replace(/\/$/, '') || 'index');
        if (fragment) {
          const targetPage = normaliseRoute(route).replace(/\/$/, '') || 'index';
          const target = byKey.get(`${p.locale}/${targetPage}`) ?? byKey.get(`${sourceLocale}/${targetPage}`);
          if (target) checkFragment(fragment, target, p, line(n), problems, null, null);
        }
      }
      // Fees and legal dates come from the data file.
      if (n.type === 'text' && n.value) {
        for (const amount of findYenAmounts(n.value)) {
          if (facts.feeAmounts.includes(amount)) problems.push(`${line(n)}: the fee ${amount} yen is typed by hand — use <Fee permit="…" channel="…" /> or <FeeTable /> so it follows src/data/legal.ts`);
          else if (!facts.otherAmounts.includes(amount)) problems.push(`${line(n)}: the amount ${amount} yen is not in src/data/legal.ts — check it against docs/facts.md and use <Fee> for fees`);
        }
        const digits = facts.officePhone.replace(/\D/g, '').replace(/^0/, '');
        if (asciiDigits(n.value).replace(/[^\d]/g, '').includes(digits)) {
          problems.push(`${line(n)}: the office's phone number is typed by hand — use <Phone /> (or <Phone international />) so it follows src/data/office.ts`);
        }
        for (const [year, name] of Object.entries(facts.pastYears ?? {})) {
          if (new RegExp(`(?<!\\d)${year}(?!\\d)`).test(asciiDigits(n.value))) {
            warnings.push(`${line(n)}: the year ${year} is typed by hand — it is when a past legal value started; use <LegalDate name="${name}" /> so the sentence follows src/data/legal.ts`);
          }
        }
        for (const date of findDates(n.value)) {
          if (dateValues.has(date)) {
            const name = Object.entries(facts.keyDates).find(([, v]) => v === date)?.[0];
            problems.push(`${line(n)}: the date ${date} is typed by hand — use <LegalDate name="${name}" /> so it follows src/data/legal.ts`);
          } else {
            const near = [...dateValues].find((d) => d.slice(0, 7) === date.slice(0, 7) || d.slice(5) === date.slice(5));
            if (near) problems.push(`${line(n)}: the date ${date} differs from the legal date ${near} in src/data/legal.ts — check it, then use <LegalDate>`);
          }
        }
      }
    });
  }
  // A new page nobody can reach: not in the navigation and linked from no page.
  if (facts.navigation) {
    const reachable = new Set(['index', ...facts.navigation, ...linkedPages]);
    for (const p of parsed) {
      if (p.locale === sourceLocale && isPageId(p.page) && !reachable.has(p.page)) {
        warnings.push(`${p.file.path}: no page links to /${p.page}/ and it is not in the navigation — add it to primaryNavigation in src/content/pages.ts or link to it from a page`);
      }
    }
  }
  return problems;
}

/** A page reviewed before a fact it shows was checked, or before the fact took effect. */
function staleFacts(p: Parsed, facts: SiteFacts, warnings: string[]): void {
  const stale = new Map<string, string>();
  walk(p.tree, (n) => {
    if ((n.type !== 'mdxJsxFlowElement' && n.type !== 'mdxJsxTextElement') || !n.name) return;
    const key = n.name === 'LegalDate' ? `LegalDate:${String(attributes(n)['name'])}` : n.name;
    for (const fact of facts.factsShown[key] ?? []) {
      // A value that took effect after the check (a scheduled change now in force) counts from that day.
      const changed = fact.from <= facts.today && fact.from > fact.checkedOn ? fact.from : fact.checkedOn;
      if (p.data.lastReviewed < changed && !stale.has(fact.name)) stale.set(fact.name, changed);
    }
  });
  if (stale.size === 0) return;
  const list = [...stale].map(([name, date]) => `${name} (${date})`).join(', ');
  warnings.push(`${p.file.path}: lastReviewed ${p.data.lastReviewed} is older than facts it shows, checked or changed since: ${list} — read the page against docs/facts.md, then set lastReviewed`);
}

function checkFragment(fragment: string, target: Parsed, from: Parsed, where: string, problems: string[], hasGlossary: boolean | null, checkers: Set<string> | null): void {
  if (target.ids.has(fragment)) return;
  if (/^source-\d+$/.test(fragment) && Number(fragment.slice(7)) <= target.data.sources.length) return;
  if (fragment.startsWith('term-') && (hasGlossary ?? true)) return;
  if (fragment.startsWith('checker-link-') && (checkers?.has(fragment.slice(13)) ?? true)) return;
  const page = target === from ? 'this page' : `/${target.page === 'index' ? '' : `${target.page}/`}`;
  problems.push(`${where}: link to "#${fragment}" on ${page}, but no heading has that id${didYouMean(fragment, [...target.ids], (id) => `"#${id}"`)} — add {#${fragment}} to the heading or fix the link`);
}
