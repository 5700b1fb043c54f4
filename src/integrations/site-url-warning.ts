import type { AstroIntegration } from 'astro';
import { siteUrlWarning } from '../config/site.ts';

/** Warns, at the start and the end of a production build, when SITE_URL is missing or local. */
export function siteUrlCheck(): AstroIntegration {
  const warning = siteUrlWarning(process.env);
  return {
    name: 'site:site-url-warning',
    hooks: {
      // Said twice: the first scrolls away under the build's output, the last is what people read.
      'astro:build:start': ({ logger }) => {
        if (warning) logger.warn(warning);
      },
      'astro:build:done': ({ logger }) => {
        if (warning) logger.warn(warning);
      },
    },
  };
}
