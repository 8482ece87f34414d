import { z } from 'zod/mini';

// What the comment moderation routes answer (src/server/api/newsroom/comments.ts), for the
// OpenAPI document and for the moderators' pages that read them.

const isoDateTime = z.iso.datetime({ offset: true });

const moderatedCommentSchema = z.object({
  id: z.string(),
  article: z.object({ id: z.int(), slug: z.string(), headline: z.string() }),
  author: z.string(),
  text: z.string(),
  postedAt: isoDateTime,
  state: z.enum(['published', 'pending']),
  /** The anonymous reader id its writer had, to block. */
  readerId: z.nullable(z.string()),
  /** How many different readers reported it. */
  reports: z.int(),
  hidden: z.nullable(z.object({ at: isoDateTime, reason: z.nullable(z.string()), byStaff: z.boolean() })),
});

export const moderatedCommentListSchema = z.object({ items: z.array(moderatedCommentSchema) });

/** The comment as it is after a moderation step. */
export const moderationStepSchema = z.object({ comment: moderatedCommentSchema });

export const readerBlockSchema = z.object({ readerId: z.string(), blocked: z.literal(true) });

export const commentModeSchema = z.object({ id: z.int(), mode: z.enum(['open', 'premoderated', 'closed']) });
