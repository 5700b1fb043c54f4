import { defineCollection } from 'astro:content';
import { pageSchema } from './content/schema.ts';
import { pagesLoader } from './content/loader.ts';

// CONTENT_ROOT lets tests build a fixture folder of pages; the site uses ./content.
const contentRoot = process.env.CONTENT_ROOT ?? './content';

const pages = defineCollection({ loader: pagesLoader(contentRoot), schema: pageSchema });

export const collections = { pages };
