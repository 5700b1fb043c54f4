// The public address of the site, used for canonical URLs, hreflang and the sitemap.
// Set SITE_URL when building for a real host; the default serves local previews and tests.
export const localSiteUrl = 'http://localhost:4321';

export const siteUrl: string = (process.env.SITE_URL ?? localSiteUrl).replace(/\/$/, '');

/**
 * What to tell the person building the site when its address is missing or local: a site built
 * that way and then published would send search engines and shared links to localhost.
 * Null when SITE_URL names a real host.
 */
export function siteUrlWarning(env: Record<string, string | undefined>): string | null {
  const value = env.SITE_URL?.trim();
  const consequence = 'canonical links, hreflang alternates, the sitemap and robots.txt will point to';
  const fix = 'Before publishing, build with the real address, e.g. SITE_URL=https://guide.example.jp npm run build';
  if (!value) return `SITE_URL is not set: ${consequence} ${localSiteUrl}. ${fix}`;
  let host: string;
  try {
    host = new URL(value).hostname;
  } catch {
    return `SITE_URL "${value}" is not a full address (https://…): ${consequence} a broken address. ${fix}`;
  }
  if (host === 'localhost' || host === '127.0.0.1' || host === '[::1]') return `SITE_URL is ${value}: ${consequence} this computer. ${fix}`;
  return null;
}


// Where the repository can be browsed (e.g. https://github.com/office/site), for the translation
// status page's links to each file and the English diff. Unset: the page shows git commands instead.
export const repositoryUrl: string | undefined = process.env.REPOSITORY_URL?.replace(/\/$/, '') || undefined;
