import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { articleListSchema, correctionsSchema, revisionsSchema, staffArticleSchema, type ArticleStatus, type StaffArticle } from './schemas';
import type { ArticlePayload } from '../editor/articleForm';

const BASE = '/api/newsroom/articles';

export type ListFilter = { status?: ArticleStatus; q?: string };

export const articleListQuery = (filter: ListFilter) =>
  queryOptions({
    queryKey: ['newsroom', 'articles', 'list', filter],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams();
      if (filter.status) params.set('status', filter.status);
      if (filter.q) params.set('q', filter.q);
      const query = params.toString();
      return staffRequest(`${BASE}${query ? `?${query}` : ''}`, articleListSchema, { signal });
    },
    staleTime: 0,
  });

export const articleQuery = (id: number) =>
  queryOptions({
    queryKey: ['newsroom', 'articles', 'detail', id],
    queryFn: ({ signal }) => staffRequest(`${BASE}/${id}`, staffArticleSchema, { signal }),
    staleTime: 0,
  });

export const revisionsQuery = (id: number) =>
  queryOptions({
    queryKey: ['newsroom', 'articles', 'revisions', id],
    queryFn: ({ signal }) => staffRequest(`${BASE}/${id}/revisions`, revisionsSchema, { signal }),
    staleTime: 0,
  });

export const createArticle = (payload: ArticlePayload) => staffRequest(BASE, staffArticleSchema, { method: 'POST', body: payload });

export const saveArticle = (id: number, version: number, payload: ArticlePayload, options: { keepalive?: boolean } = {}) =>
  staffRequest(`${BASE}/${id}`, staffArticleSchema, { method: 'PUT', body: payload, ifMatch: version, keepalive: options.keepalive });

export type ArticleAction = { kind: 'review' } | { kind: 'publish' } | { kind: 'schedule'; at: string } | { kind: 'unpublish' };

export function runAction(id: number, action: ArticleAction): Promise<StaffArticle> {
  const path = action.kind === 'schedule' ? 'publish' : action.kind;
  const body = action.kind === 'schedule' ? { at: action.at } : {};
  return staffRequest(`${BASE}/${id}/${path}`, staffArticleSchema, { method: 'POST', body });
}

export const addCorrection = (id: number, text: string) => staffRequest(`${BASE}/${id}/corrections`, correctionsSchema, { method: 'POST', body: { text } });

export const restoreRevision = (id: number, version: number) => staffRequest(`${BASE}/${id}/revisions/${version}/restore`, staffArticleSchema, { method: 'POST' });
