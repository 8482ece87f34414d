import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import type { ArticleFilter } from './schema';

/** The answers' schemas, loaded with the first request the browser makes itself (see apiRequest). */
const schemas = () => import('./schema');

const DEFAULT_PAGE_SIZE = 10;
/** How many of the latest articles the front page shows. */
const HOME_PAGE_SIZE = 7;

/** The article's API path; also how its saved offline copy is looked up. */
export function articlePath(slug: string): string {
  return `/api/articles/${encodeURIComponent(slug)}`;
}

export function articleQuery(slug: string) {
  return queryOptions({
    queryKey: ['articles', 'detail', slug],
    queryFn: ({ signal }) => apiRequest(articlePath(slug), async () => (await schemas()).articleSchema, { signal }),
  });
}

export function articleListQuery(filter: ArticleFilter) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ pageSize: DEFAULT_PAGE_SIZE, page: 1, ...filter })) {
    if (value !== undefined) params.set(key, String(value));
  }
  params.sort();
  return queryOptions({
    queryKey: ['articles', 'list', Object.fromEntries(params)],
    queryFn: ({ signal }) => apiRequest(`/api/articles?${params}`, async () => (await schemas()).teaserPageSchema, { signal }),
  });
}

/** The front page's list: the latest articles from all sections. */
export function latestArticlesQuery() {
  return articleListQuery({ pageSize: HOME_PAGE_SIZE });
}

export function sectionListQuery() {
  return queryOptions({
    queryKey: ['sections'],
    // No abort signal: the header's list outlives the loading screen that first asks for it.
    queryFn: () => apiRequest('/api/sections', async () => (await schemas()).sectionListSchema),
    staleTime: Infinity,
    // Shown in the header on every page: a failure is not retried on each new mount.
    retryOnMount: false,
  });
}

export function tagQuery(id: string) {
  return queryOptions({
    queryKey: ['tags', id],
    queryFn: ({ signal }) => apiRequest(`/api/tags/${encodeURIComponent(id)}`, async () => (await schemas()).tagSchema, { signal }),
    staleTime: Infinity,
  });
}
