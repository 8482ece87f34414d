import { z } from 'zod/mini';
import { articleSchema, sectionListSchema } from '../../features/articles/schema';

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

/** Pictures in a draft's text likewise. */
const draftBlockSchema = z.union([z.object({ type: z.literal('image'), image: draftImageSchema }), articleSchema.shape.body.def.element]);

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
  body: z.array(draftBlockSchema),
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

/** Every writer (GET /api/newsroom/authors), for the byline picker. */
export const writerListSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })) });

const deliverySchema = z.object({ pending: z.number(), sent: z.number(), failed: z.number() });
const issueSchema = z.object({
  id: z.number(),
  subject: z.string(),
  intro: z.string(),
  articleIds: z.array(z.number()),
  status: z.enum(['sending', 'sent']),
  createdBy: z.nullable(z.string()),
  createdAt: isoDateTime,
  sentAt: z.nullable(isoDateTime),
  recipients: z.number(),
  delivery: deliverySchema,
});
export const newsletterIssueSchema = issueSchema;
export const newsletterIssuesSchema = z.object({
  items: z.array(issueSchema),
  subscribers: z.object({ pending: z.number(), confirmed: z.number(), unsubscribed: z.number() }),
});
export const newsletterArticlesSchema = z.object({
  items: z.array(z.object({ id: z.number(), slug: z.string(), headline: z.string(), lead: z.string(), publishedAt: z.string() })),
  pickedSince: isoDateTime,
});
export const newsletterPreviewSchema = z.object({ subject: z.string(), html: z.string(), text: z.string() });
export const newsletterTestSchema = z.object({ sentTo: z.string() });

export { sectionListSchema };

export type Staff = z.infer<typeof staffSchema>['staff'];
export type ArticleStatus = (typeof STATUSES)[number];
export type StaffArticle = z.infer<typeof staffArticleSchema>;
export type NewsletterIssue = z.infer<typeof issueSchema>;
export type NewsletterPreview = z.infer<typeof newsletterPreviewSchema>;
