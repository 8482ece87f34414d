import { z } from 'zod/mini';
import { imageSchema } from '../../lib/imageSchema';
import { SLUG_PATTERN } from '../../lib/paths';
import { uniqueBy } from '../../lib/schemaChecks';

// The articles part of the API contract. Content is typed JSON, never HTML.

const isoDateTime = z.iso.datetime({ offset: true });
const slug = z.string().check(z.regex(SLUG_PATTERN));

const inlineSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('text'), text: z.string() }),
  z.object({ type: z.literal('emphasis'), text: z.string() }),
  z.object({ type: z.literal('strong'), text: z.string() }),
  /** Rendered as a link only for http, https, mailto and in-app paths. */
  z.object({ type: z.literal('link'), text: z.string(), href: z.string() }),
  /** A number in the text that belongs to a point of a statistics series. */
  z.object({
    type: z.literal('dataRef'),
    text: z.string(),
    statsId: z.string(),
    seriesId: z.string(),
    period: z.string(),
  }),
]);

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: z.array(inlineSchema) }),
  z.object({ type: z.literal('subheading'), id: slug, text: z.string() }),
  z.object({
    type: z.literal('quote'),
    text: z.string(),
    speaker: z.string(),
    role: z.optional(z.string()),
  }),
  z.object({ type: z.literal('image'), image: imageSchema }),
  z.object({ type: z.literal('factBox'), title: z.string(), items: z.array(z.string()) }),
  z.object({ type: z.literal('chart'), statsId: z.string(), caption: z.string() }),
  z.object({ type: z.literal('newsletterCta'), title: z.string(), text: z.string() }),
]);

const sectionSchema = z.object({ id: slug, name: z.string() });
export const tagSchema = z.object({ id: slug, name: z.string() });

const bylineSchema = z.object({ id: slug, name: z.string(), role: z.string() });

export const teaserSchema = z.object({
  slug,
  headline: z.string(),
  lead: z.string(),
  section: sectionSchema,
  author: bylineSchema,
  publishedAt: isoDateTime,
  image: imageSchema,
});

export const articleSchema = z.object({
  ...teaserSchema.shape,
  updatedAt: z.optional(isoDateTime),
  hero: imageSchema,
  body: z.array(blockSchema),
  tags: z.array(tagSchema).check(uniqueBy((t) => t.id)),
  related: z.array(teaserSchema).check(uniqueBy((t) => t.slug)),
  commentsEnabled: z.boolean(),
  /** The newsroom's corrections, oldest first: when, and what was wrong. */
  corrections: z.optional(z.array(z.object({ at: isoDateTime, text: z.string() }))),
});

export const teaserPageSchema = z.object({
  items: z.array(teaserSchema).check(uniqueBy((t) => t.slug)),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  totalPages: z.int().check(z.nonnegative()),
});

export const sectionListSchema = z.object({
  items: z.array(z.object({ ...sectionSchema.shape, description: z.string() })).check(uniqueBy((s) => s.id)),
});

export type Inline = z.infer<typeof inlineSchema>;
export type Block = z.infer<typeof blockSchema>;
export type SectionWithDescription = z.infer<typeof sectionListSchema>['items'][number];
export type Teaser = z.infer<typeof teaserSchema>;
export type Article = z.infer<typeof articleSchema>;
export type TeaserPage = z.infer<typeof teaserPageSchema>;

export type ArticleFilter = {
  section?: string;
  tag?: string;
  author?: string;
  page?: number;
  pageSize?: number;
};
