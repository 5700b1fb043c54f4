// Furigana at build time: after Astro has written the pages, every text in a language whose entry in
// src/config/locales.ts has `readings: true` gets <ruby> readings from kuromoji's dictionary, with the
// editor's corrections in src/i18n/<code>/readings.json winning. Nothing runs in the browser.
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import kuromoji from 'kuromoji';
import { locales, type LocaleConfig } from '../config/locales.ts';
import { annotateHtml, type Readings, type Tokenize } from '../japanese/furigana.ts';

/** kuromoji's dictionary ships inside the npm package (node_modules/kuromoji/dict). */
export function loadTokenizer(): Promise<Tokenize> {
  const require = createRequire(import.meta.url);
  const dicPath = join(dirname(require.resolve('kuromoji/package.json')), 'dict');
  return new Promise((resolve, reject) => {
    kuromoji.builder({ dicPath }).build((error, tokenizer) => {
      if (error) reject(error);
      else resolve((text) => tokenizer.tokenize(text).map((t) => ({ surface: t.surface_form, reading: t.reading })));
    });
  });
}

export async function editorReadings(code: string, root = '.'): Promise<Readings> {
  const file = join(root, 'src/i18n', code, 'readings.json');
  if (!existsSync(file)) return {};
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
  // Keys starting with "_" are notes for editors.
  return Object.fromEntries(Object.entries(data).filter(([word]) => !word.startsWith('_')));
}

export function furigana(): AstroIntegration {
  return {
    name: 'site:furigana',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const withReadings = (locales as readonly LocaleConfig[]).filter((l) => l.readings);
        if (!withReadings.length) return;
        const root = fileURLToPath(dir);
        const tokenize = await loadTokenizer();
        const entries = await readdir(root, { withFileTypes: true, recursive: true });
        const files = entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
        for (const locale of withReadings) {
          const readings = await editorReadings(locale.code);
          let changed = 0;
          for (const file of files) {
            const html = await readFile(file, 'utf8');
            // Pages of other languages only carry this language's name (menus): a quick test skips the rest.
            if (!html.includes(`lang="${locale.lang}"`)) continue;
            const annotated = annotateHtml(html, locale.lang, tokenize, readings);
            if (annotated !== html) {
              await writeFile(file, annotated);
              changed += 1;
            }
          }
          logger.info(`${locale.code}: readings added to ${changed} pages`);
        }
      },
    },
  };
}
