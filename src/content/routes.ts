// Every locale-less route the site publishes in each locale (the sitemap and tests use this list).
import { pageIds } from './pages.ts';
import { checkerList } from '../checkers/registry.ts';

/** The checkers' pages, from the registry of checkers. */
export const checkerRoutes: readonly string[] = checkerList.map((checker) => checker.route);

export const publicRoutes: readonly string[] = [
  ...pageIds.map((id) => (id === 'index' ? '' : id)),
  ...checkerRoutes,
  'search',
];
