// The public address of the site, used for canonical URLs, hreflang and the sitemap.
// Set SITE_URL when building for a real host; the default serves local previews and tests.
export const siteUrl: string = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
