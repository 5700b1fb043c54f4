// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { siteUrl } from './src/config/site.ts';
import { headersFile } from './src/integrations/headers-file.ts';
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
  // furigana() rewrites the Easy Japanese HTML before Pagefind indexes it (npm run build runs Pagefind after Astro).
  integrations: [preact(), mdx(), furigana(), headersFile()],
  // `## Heading {#id}` gives a section an id that stays the same in every language.
  markdown: { processor: satteri({ features: { headingAttributes: true } }), syntaxHighlight: false },
  devToolbar: { enabled: false },
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
