// The frontmatter every MDX page must have. Used by Astro's content collection (the build fails
// on a bad field) and by scripts/check-content.ts (which reports every problem at once, with the
// file and the field, before the build starts).
import { z } from 'zod';
import { didYouMean } from './suggest.ts';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((value, ctx) => {
    // YAML turns an unquoted 2026-11-23 into a Date at midnight UTC; keep the calendar date only.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ||
      new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) !== text) {
      ctx.addIssue({ code: 'custom', message: `must be a real date written as YYYY-MM-DD (got "${String(text)}")` });
      return z.NEVER;
    }
    return text;
  });

export const procedures = ['re-entry', 'special-permission', 'office'] as const;
export type Procedure = (typeof procedures)[number];

export const sourceSchema = z.object({
  title: z.string({ error: 'each source needs a title' }).min(3, 'a source title must say what the source is'),
  url: z.url({ protocol: /^https?$/, error: 'each source needs a full web address starting with https://' }),
  official: z.boolean().default(false),
});

export const pageSchema = z
  .object({
    title: z.string({ error: 'is required: the page heading' }).min(3, 'is too short'),
    description: z
      .string({ error: 'is required: one or two sentences for search results' })
      .min(50, 'is too short: write 50 to 300 characters')
      .max(300, 'is too long: write 50 to 300 characters'),
    procedure: z.enum(procedures, { error: `must be one of: ${procedures.join(', ')}` }),
    lastReviewed: isoDate,
    keywords: z.array(z.string().min(2)).default([]),
    sources: z.array(sourceSchema, { error: 'must be a list of sources (title and url)' }),
    translates: z
      .object({
        page: z.string({ error: 'must name the English page id this file translates' }).min(1),
        sourceReviewed: isoDate,
      })
      .optional(),
  })
  .strict();

export type PageFrontmatter = z.output<typeof pageSchema>;

export type FrontmatterProblem = { field: string; message: string };

/** Validates frontmatter and returns every problem as a field path and a plain-language message. */
export function checkFrontmatter(data: unknown): { ok: true; data: PageFrontmatter } | { ok: false; problems: FrontmatterProblem[] } {
  const result = pageSchema.safeParse(data ?? {});
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: issue.path.length ? issue.path.map(String).join('.') : issue.code === 'unrecognized_keys' ? (issue as { keys?: string[] }).keys?.join(', ') ?? '(frontmatter)' : '(frontmatter)',
      message: issue.code === 'unrecognized_keys'
        ? `is not a frontmatter field this site knows (check the spelling)${didYouMean((issue as { keys?: string[] }).keys?.[0] ?? '', issue.path.length ? ['page', 'sourceReviewed'] : Object.keys(pageSchema.shape))}`
        : issue.message,
    })),
  };
}
