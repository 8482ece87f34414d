import { z } from 'zod/mini';
import { articleSchema, sectionListSchema, tagSchema } from '../../features/articles/schema';
import { authorSchema } from '../../features/authors/schema';
import { commentSchema } from '../../features/comments/schema';
import { statsSetSchema } from '../../features/stats/schema';
import { nonEmpty } from '../../lib/schemaChecks';

// What goes into the store and comes out of it in `npm run content` and the seed
// package: an article in the API's own shape, plus what the reader API leaves out.

const isoDateTime = z.iso.datetime({ offset: true });

const ARTICLE_STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;

export const articleRecordSchema = z
  .object({
    slug: articleSchema.shape.slug,
    status: z.enum(ARTICLE_STATUSES),
    headline: z.string().check(z.trim(), nonEmpty),
    lead: z.string().check(z.trim(), nonEmpty),
    section: z.object({ id: articleSchema.shape.section.shape.id, name: z.optional(z.string()) }),
    author: z.object({ id: articleSchema.shape.author.shape.id, name: z.optional(z.string()), role: z.optional(z.string()) }),
    tags: z.array(tagSchema),
    publishedAt: z.optional(isoDateTime),
    updatedAt: z.optional(isoDateTime),
    createdAt: z.optional(isoDateTime),
    hero: articleSchema.shape.hero,
    body: articleSchema.shape.body,
    commentsEnabled: z.boolean(),
  })
  .check(
    z.refine((record) => record.status !== 'published' || record.publishedAt !== undefined, {
      message: 'A published article needs publishedAt',
      path: ['publishedAt'],
    }),
  );

export type ArticleRecord = z.output<typeof articleRecordSchema>;

export const sectionRecordsSchema = sectionListSchema.shape.items;
export const tagRecordsSchema = z.array(tagSchema);
export const authorRecordsSchema = z.array(authorSchema);
export const statsRecordSchema = statsSetSchema;
export const commentRecordsSchema = z.record(z.string(), z.array(commentSchema));
