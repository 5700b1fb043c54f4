// A Sätteri hast plugin (Astro's Markdown processor; the rehype equivalent) that wraps the
// Japanese terms in a page's text in <span lang="ja">. The page's language comes from its folder
// (content/<locale>/page.mdx); see src/japanese/japanese-runs.ts for what counts as Japanese where.
import { defineHastPlugin } from 'satteri';
import { japaneseMarkingFor, japaneseSegments, type JapaneseMarking } from '../japanese/japanese-runs.ts';

type AnyNode = { type: string; tagName?: string; name?: string | null; properties?: Record<string, unknown>; attributes?: Array<{ type: string; name?: string; value?: unknown }> };

/** The locale folder of a content file (…/content/vi/fees.mdx → 'vi'), or null. */
export function localeOfContentFile(fileURL: URL | undefined): string | null {
  if (!fileURL) return null;
  const parts = decodeURIComponent(fileURL.pathname).split('/');
  return parts.length >= 2 ? (parts[parts.length - 2] ?? null) : null;
}

const untouched = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** The lang an element declares itself, if any (HTML elements and MDX components alike). */
function declaredLang(node: AnyNode): string | null {
  const fromProperties = node.properties?.lang;
  if (typeof fromProperties === 'string') return fromProperties;
  const attribute = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'lang');
  return typeof attribute?.value === 'string' ? attribute.value : null;
}

export const markJapanese = defineHastPlugin({
  name: 'mark-japanese',
  text(node, ctx) {
    const locale = localeOfContentFile(ctx.fileURL);
    if (!locale) return;
    let marking: JapaneseMarking = japaneseMarkingFor(locale);
    // The nearest declared lang wins (an English quotation inside a page, an existing lang="ja").
    for (let parent = ctx.parent(node) as AnyNode | undefined; parent; parent = ctx.parent(parent as never) as AnyNode | undefined) {
      if (parent.tagName && untouched.has(parent.tagName)) return;
      const lang = declaredLang(parent);
      if (lang) {
        marking = japaneseMarkingFor(lang);
        break;
      }
    }
    if (marking === 'skip') return;
    const segments = japaneseSegments(node.value, marking);
    if (!segments.some((s) => s.japanese)) return;
    ctx.replaceNode(node, segments.map((s) => s.japanese
      ? { type: 'element', tagName: 'span', properties: { lang: 'ja' }, children: [{ type: 'text', value: s.text }] }
      : { type: 'text', value: s.text }));
  },
});
