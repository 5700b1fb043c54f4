// Every locale-less route the site publishes in each locale (the sitemap and tests use this list).
import { pageIds } from './pages.ts';

export const checkerRoutes = ['check/re-entry', 'check/special-permission'] as const;

export const publicRoutes: readonly string[] = [
  ...pageIds.map((id) => (id === 'index' ? '' : id)),
  ...checkerRoutes,
  'search',
];
