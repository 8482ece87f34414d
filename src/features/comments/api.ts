import { infiniteQueryOptions, mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import { isApiError } from '../../lib/apiError';
import type { Idempotent } from '../../lib/idempotency';
import { rememberReport } from './reportedComments';
import { commentPageSchema, commentReportSchema, commentSchema, type NewComment } from './schema';

const COMMENTS_PAGE_SIZE = 10;
export type CommentOrder = 'newest' | 'oldest';

const base = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`;

/** Every list of an article's comments, in either order. */
const articleCommentsKey = (slug: string) => ['comments', slug] as const;

export function commentsQuery(slug: string, order: CommentOrder) {
  return infiniteQueryOptions({
    queryKey: [...articleCommentsKey(slug), order],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`${base(slug)}?page=${pageParam}&pageSize=${COMMENTS_PAGE_SIZE}&order=${order}`, commentPageSchema, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
  });
}

export function postCommentMutation(slug: string) {
  return mutationOptions({
    mutationFn: ({ request, idempotencyKey }: Idempotent<NewComment>) =>
      apiRequest(base(slug), commentSchema, { method: 'POST', body: request, idempotencyKey }),
    onSuccess: (_comment, _variables, _onMutateResult, { client }) => {
      // Not awaited: the thanks is shown at once, the list catches up.
      void client.invalidateQueries({ queryKey: articleCommentsKey(slug) });
    },
  });
}

export function reportCommentMutation(id: string) {
  return mutationOptions({
    mutationFn: async ({ idempotencyKey }: Idempotent<void>) => {
      try {
        return await apiRequest(`/api/comments/${encodeURIComponent(id)}/reports`, commentReportSchema, { method: 'POST', idempotencyKey });
      } catch (error) {
        // Already reported: what the reader asked for is done.
        if (isApiError(error) && error.status === 409) return { commentId: id, reported: true as const };
        throw error;
      }
    },
    // Remembered at once, so the comment shows as reported; forgotten again if the server says no.
    onMutate: () => rememberReport(id, true),
    onError: () => rememberReport(id, false),
  });
}
