// The content loader: Astro's glob loader, plus a check of each file's raw frontmatter so that a
// bad field stops the build with the file, the line and the field named.
import type { Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatProblems, readFrontmatter } from './frontmatter.ts';

export function pagesLoader(base: string): Loader {
  const inner = glob({ pattern: '*/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') });
  return {
    name: 'site-pages',
    load: (context) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          if (props.filePath) {
            const file = relative(process.cwd(), props.filePath);
            const result = readFrontmatter(readFileSync(props.filePath, 'utf8'));
            if (!result.ok) throw new Error(`Bad page frontmatter:\n${formatProblems(file, result.problems).join('\n')}`);
          }
          return context.parseData(props);
        },
      }),
  };
}
