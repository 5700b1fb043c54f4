// The JSX runtime of the islands' .tsx files (`@jsxImportSource ../kit/jsx` at their top): JSX becomes
// Preact's own h(), which the page loads anyway. preact/jsx-runtime would add a module of its own
// (about 0.3 KB gzip, with development-only fields) to the page's JavaScript budget (issue 16).
import { Fragment, h, type ComponentType } from 'preact';

export { Fragment };
export type { JSX } from 'preact/jsx-runtime';

/** One element: the props object the compiler wrote (children included), and the key apart. */
export function jsx(type: string | ComponentType<any>, props: Record<string, unknown>, key?: string | number): ReturnType<typeof h> {
  if (key !== undefined) props.key = key;
  return h(type, props);
}
export { jsx as jsxs, jsx as jsxDEV };
