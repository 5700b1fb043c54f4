// Renders a checker island into its element with the props the server wrote as JSON. The pages
// call this from a plain module script instead of Astro's client:load, which saves its island
// runtime (about 3.5 KB gzip) on a page with one island. render, not hydrate: the server writes
// no form (without JavaScript the page offers its static table instead, see CheckerNoScript).
import { h, render, type ComponentType } from 'preact';

export function mountChecker<P extends object>(rootId: string, Island: ComponentType<P>): void {
  const root = document.getElementById(rootId);
  if (root?.dataset.props) render(h(Island, JSON.parse(root.dataset.props) as P), root);
}
