import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageSchema } from './content/schema.ts';

// CONTENT_ROOT lets tests build a fixture folder of broken pages; the site uses ./content.
const contentRoot = process.env.CONTENT_ROOT ?? './content';

const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: contentRoot }),
  schema: pageSchema,
});

export const collections = { pages };
