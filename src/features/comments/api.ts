import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import { commentPageSchema, commentReportSchema, commentSchema, type NewComment } from './schema';

export const COMMENTS_PAGE_SIZE = 10;
export type CommentOrder = 'newest' | 'oldest';

const base = (slug: string) => `/api/articles/${encodeURIComponent(slug)}/comments`;

export function commentsQuery(slug: string, order: CommentOrder) {
  return infiniteQueryOptions({
    queryKey: ['comments', slug, order],
    queryFn: ({ pageParam, signal }) =>
      apiRequest(`${base(slug)}?page=${pageParam}&pageSize=${COMMENTS_PAGE_SIZE}&order=${order}`, commentPageSchema, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
  });
}

export function postComment(slug: string, comment: NewComment, idempotencyKey: string) {
  return apiRequest(base(slug), commentSchema, { method: 'POST', body: comment, idempotencyKey });
}

export function reportComment(id: string, idempotencyKey: string) {
  return apiRequest(`/api/comments/${encodeURIComponent(id)}/reports`, commentReportSchema, { method: 'POST', idempotencyKey });
}
