import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { staffRequest } from './staffApi';
import type { Staff } from './schemas';

// Comment moderation in the staff API: the lists, the steps on one comment, blocking a
// reader id, and an article's comment mode. The server checks the role every time.

export const MODERATION_STATUSES = ['reported', 'pending', 'hidden', 'all'] as const;
export type ModerationStatus = (typeof MODERATION_STATUSES)[number];
export const COMMENT_MODES = ['open', 'premoderated', 'closed'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Moderators, editors and admins; the same rule as the server's `can.moderate`. */
export const canModerate = (staff: Pick<Staff, 'role'>): boolean => staff.role !== 'contributor';
/** Editors and admins set an article's comments (the server's `can.publish`). */
export const canSetCommentMode = (staff: Pick<Staff, 'role'>): boolean => staff.role === 'editor' || staff.role === 'admin';

const moderatedCommentSchema = z.object({
  id: z.string(),
  article: z.object({ id: z.number(), slug: z.string(), headline: z.string() }),
  author: z.string(),
  text: z.string(),
  postedAt: z.string(),
  state: z.enum(['published', 'pending']),
  readerId: z.nullable(z.string()),
  readerBlocked: z.boolean(),
  reports: z.number(),
  hidden: z.nullable(z.object({ at: z.string(), reason: z.nullable(z.string()), byStaff: z.boolean() })),
});
export type ModeratedComment = z.infer<typeof moderatedCommentSchema>;

const listSchema = z.object({ items: z.array(moderatedCommentSchema) });
const stepSchema = z.object({ comment: z.optional(moderatedCommentSchema) });
const anySchema = z.unknown();
const modeSchema = z.object({ id: z.number(), mode: z.enum(COMMENT_MODES) });

const BASE = '/api/newsroom/comments';
const LISTS = ['newsroom', 'comments'] as const;

export const moderationListQuery = (status: ModerationStatus) =>
  queryOptions({
    queryKey: [...LISTS, 'list', status],
    queryFn: ({ signal }) => staffRequest(`${BASE}?status=${status}`, listSchema, { signal }),
    staleTime: 0,
  });

export type ModerationStep = { kind: 'hide'; reason: string } | { kind: 'restore' } | { kind: 'approve' } | { kind: 'delete' } | { kind: 'block' };

/** Every cached list with `change` applied to its items; all of them are read again when next shown. */
function updateLists(queryClient: QueryClient, change: (items: ModeratedComment[]) => ModeratedComment[]) {
  queryClient.setQueriesData<z.infer<typeof listSchema>>({ queryKey: [...LISTS, 'list'] }, (list) => list && { items: change(list.items) });
  void queryClient.invalidateQueries({ queryKey: [...LISTS, 'list'], refetchType: 'none' });
}

/** One step on a comment; the lists on screen show its outcome at once. */
export async function moderate(queryClient: QueryClient, comment: ModeratedComment, step: ModerationStep): Promise<void> {
  if (step.kind === 'delete') {
    await staffRequest(`${BASE}/${comment.id}`, anySchema, { method: 'DELETE' });
    updateLists(queryClient, (items) => items.filter((item) => item.id !== comment.id));
    return;
  }
  if (step.kind === 'block') {
    if (!comment.readerId) return;
    await staffRequest(`/api/newsroom/readers/${comment.readerId}/block`, anySchema, { method: 'POST', body: {} });
    updateLists(queryClient, (items) => items.map((item) => (item.readerId === comment.readerId ? { ...item, readerBlocked: true } : item)));
    return;
  }
  const body = step.kind === 'hide' ? { reason: step.reason } : {};
  const { comment: changed } = await staffRequest(`${BASE}/${comment.id}/${step.kind}`, stepSchema, { method: 'POST', body });
  if (changed) updateLists(queryClient, (items) => items.map((item) => (item.id === changed.id ? changed : item)));
}

export const commentModeQuery = (articleId: number) =>
  queryOptions({
    queryKey: ['newsroom', 'articles', 'comment-mode', articleId],
    queryFn: ({ signal }) => staffRequest(`/api/newsroom/articles/${articleId}/comments`, modeSchema, { signal }),
    staleTime: 0,
  });

export const setCommentMode = (articleId: number, mode: CommentMode) => staffRequest(`/api/newsroom/articles/${articleId}/comments`, modeSchema, { method: 'POST', body: { mode } });
