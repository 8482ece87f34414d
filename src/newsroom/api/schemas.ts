import { z } from 'zod/mini';
import { articleSchema, sectionListSchema, teaserPageSchema } from '../../features/articles/schema';

// What the staff API answers, checked at the boundary like every other answer.

const isoDateTime = z.iso.datetime({ offset: true });
export const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
const status = z.enum(STATUSES);

export const staffSchema = z.object({
  staff: z.object({ id: z.number(), email: z.string(), name: z.string(), role: z.enum(['contributor', 'editor', 'moderator', 'admin']), roleName: z.string() }),
});

export const articleListSchema = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      slug: z.string(),
      headline: z.string(),
      status,
      version: z.number(),
      modifiedAt: isoDateTime,
      publishedAt: z.nullable(isoDateTime),
      scheduledAt: z.nullable(isoDateTime),
      createdBy: z.nullable(z.number()),
    }),
  ),
});

/** A draft's picture may lack its alt text and credit until it is published. */
const draftImageSchema = z.object({
  ...articleSchema.shape.hero.shape,
  credit: z.object({ name: z.string(), agency: z.optional(z.string()) }),
});

export const staffArticleSchema = z.object({
  id: z.number(),
  version: z.number(),
  slug: z.string(),
  status,
  headline: z.string(),
  lead: z.string(),
  section: z.object({ id: z.string(), name: z.optional(z.string()) }),
  author: z.object({ id: z.string(), name: z.optional(z.string()), role: z.optional(z.string()) }),
  tags: articleSchema.shape.tags,
  hero: draftImageSchema,
  body: articleSchema.shape.body,
  commentsEnabled: z.boolean(),
  publishedAt: z.optional(isoDateTime),
  scheduledAt: z.nullable(isoDateTime),
  modifiedAt: isoDateTime,
  corrections: z.optional(z.array(z.object({ at: z.string(), text: z.string() }))),
});

export const revisionsSchema = z.object({
  items: z.array(
    z.object({
      version: z.number(),
      at: z.string(),
      staff: z.nullable(z.string()),
      record: z.object({ headline: z.string(), lead: z.string(), hero: z.optional(draftImageSchema), body: articleSchema.shape.body }),
    }),
  ),
});

export const correctionsSchema = z.object({ corrections: z.array(z.object({ at: z.string(), text: z.string() })) });

export const noContentSchema = z.unknown();

export { sectionListSchema, teaserPageSchema };

export type Staff = z.infer<typeof staffSchema>['staff'];
export type ArticleStatus = (typeof STATUSES)[number];
export type StaffArticle = z.infer<typeof staffArticleSchema>;
