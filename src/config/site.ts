// The public address of the site, used for canonical URLs, hreflang and the sitemap.
// Set SITE_URL when building for a real host; the default serves local previews and tests.
export const siteUrl: string = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');

// Where the repository can be browsed (e.g. https://github.com/office/site), for the translation
// status page's links to each file and the English diff. Unset: the page shows git commands instead.
export const repositoryUrl: string | undefined = process.env.REPOSITORY_URL?.replace(/\/$/, '') || undefined;
