// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl } from './src/config/site.ts';
import { headersFile } from './src/integrations/headers-file.ts';
import { siteUrlCheck } from './src/integrations/site-url-warning.ts';
import { markJapanese } from './src/content/mark-japanese.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { isHeadInjectDirectiveWarning } from './src/integrations/known-warnings.ts';
import { buildDate } from './src/data/dated.ts';
import { legalFactsForBrowser } from './src/integrations/legal-facts-for-browser.ts';
import { furigana } from './src/integrations/furigana.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Nothing on this site needs a server: every page is prerendered.
  output: 'static',
  // OUT_DIR lets the fixture tests build into a temporary folder.
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  // contentCheck first: a content mistake stops the build before anything is rendered. furigana()
  // rewrites the Easy Japanese HTML before Pagefind indexes it (npm run build runs Pagefind after Astro).
  integrations: [contentCheck(), preact(), mdx(), furigana(), headersFile(), siteUrlCheck()],
  // `## Heading {#id}` gives a section an id that stays the same in every language.
  // markJapanese: Japanese terms inside other languages' text get lang="ja" (glyphs, screen-reader voice).
  markdown: { processor: satteri({ features: { headingAttributes: true }, hastPlugins: [markJapanese] }), syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    // The build date (Japan; BUILD_DATE fixes it): pages and the checkers' bundles pick the legal
    // values in force on this day (src/data/legal.ts).
    define: { 'import.meta.env.SITE_DATE': JSON.stringify(buildDate()) },
    plugins: [legalFactsForBrowser()],
    build: {
      rolldownOptions: {
        // Drops only the 72 known "use astro:head-inject" warnings, so a new warning is seen.
        onLog(level, log, handler) {
          if (isHeadInjectDirectiveWarning(log)) return;
          handler(level, log);
        },
      },
    },
  },
  prefetch: false,
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
        "worker-src 'self' blob:",
      ],
      // Pagefind's search runs as WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
