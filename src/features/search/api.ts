import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import type { SearchState } from './searchParams';

/** The answers' schemas, loaded with the first request the browser makes itself (see apiRequest). */
const schemas = () => import('./schema');

const PAGE_SIZE = 10;

export function searchQuery({ q, section, year, sort, page }: SearchState) {
  const params = new URLSearchParams({ q, page: String(page), pageSize: String(PAGE_SIZE) });
  if (section) params.set('section', section);
  if (year) params.set('year', String(year));
  if (sort !== 'relevance') params.set('sort', sort);
  params.sort();
  return queryOptions({
    queryKey: ['search', 'results', Object.fromEntries(params)],
    queryFn: ({ signal }) => apiRequest(`/api/search?${params}`, async () => (await schemas()).searchPageSchema, { signal }),
  });
}

/** Headlines for the search field; an answer for a query the reader has typed past is never shown. */
export function suggestQuery(q: string) {
  return queryOptions({
    queryKey: ['search', 'suggest', q],
    queryFn: ({ signal }) => apiRequest(`/api/search/suggest?${new URLSearchParams({ q })}`, async () => (await schemas()).suggestionListSchema, { signal }),
    staleTime: 5 * 60_000,
  });
}
