import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, mergeCsp, renderHeadersFile } from '../security/headers.ts';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function headersFile(): AstroIntegration {
  return {
    name: 'site:headers-file',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const policies: string[] = [];
        for (const file of await htmlFiles(root)) {
          const csp = cspFromHtml(await readFile(file, 'utf8'));
          if (!csp) throw new Error(`${file} has no Content-Security-Policy meta tag`);
          policies.push(csp);
        }
        await writeFile(join(root, '_headers'), renderHeadersFile(mergeCsp(policies)));
        logger.info(`wrote _headers from ${policies.length} pages`);
      },
    },
  };
}
