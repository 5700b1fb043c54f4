import type { APIRoute } from 'astro';
import { renderSitemap } from '../routing/sitemap.ts';
import { publicRoutes } from '../content/routes.ts';

export const GET: APIRoute = () =>
  new Response(renderSitemap(publicRoutes), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
