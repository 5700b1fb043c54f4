/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Locale of the URL being rendered (links stay in it). */
    pageLocale?: import('./config/locales.ts').Locale;
    /** Language the MDX text is written in (English on untranslated pages). */
    contentLocale?: import('./config/locales.ts').Locale;
    /** Frontmatter sources of the page being rendered, for <Cite>. */
    sourceCount?: number;
  }
}

interface ImportMetaEnv {
  /** The build date in Japan, written into the bundles by astro.config.mjs (src/data/legal.ts). */
  readonly SITE_DATE?: string;
}

// kuromoji ships no types; only what src/integrations/furigana.ts uses.
declare module 'kuromoji' {
  type IpadicToken = { surface_form: string; reading?: string };
  type Tokenizer = { tokenize(text: string): IpadicToken[] };
  const kuromoji: { builder(options: { dicPath: string }): { build(callback: (error: Error | null, tokenizer: Tokenizer) => void): void } };
  export default kuromoji;
}
