import { z } from 'zod/mini';
import { nonEmpty, oneLine, plainLines, uniqueBy } from '../../lib/schemaChecks.ts';

export const COMMENT_NAME_MAX = 60;
export const COMMENT_TEXT_MAX = 2000;

export const commentSchema = z.object({
  id: z.string(),
  author: z.string(),
  text: z.string(),
  postedAt: z.iso.datetime({ offset: true }),
  /**
   * `pending` comments wait for a moderator and are shown only to their writer; a `removed`
   * one was hidden by the newsroom: it keeps its place (and id, for links to it), but its
   * author and text are empty.
   */
  state: z.enum(['published', 'pending', 'removed']),
});

export const commentPageSchema = z.object({
  items: z.array(commentSchema).check(uniqueBy((c) => c.id)),
  page: z.int().check(z.positive()),
  pageSize: z.int().check(z.positive()),
  total: z.int().check(z.nonnegative()),
  totalPages: z.int().check(z.nonnegative()),
  order: z.enum(['newest', 'oldest']),
});

/** Lengths are counted without the spaces around the text, which are not kept. */
export const newCommentSchema = z.object({
  name: z.string().check(z.trim(), nonEmpty, z.maxLength(COMMENT_NAME_MAX), oneLine),
  text: z.string().check(z.trim(), nonEmpty, z.maxLength(COMMENT_TEXT_MAX), plainLines),
});

export const commentReportSchema = z.object({ commentId: z.string(), reported: z.literal(true) });

export type Comment = z.infer<typeof commentSchema>;
export type CommentPage = z.infer<typeof commentPageSchema>;
export type NewComment = z.infer<typeof newCommentSchema>;
