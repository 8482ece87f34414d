import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { articleListQuery, type ListFilter } from '../api/articles';
import { STATUSES, type ArticleStatus } from '../api/schemas';
import { sessionQuery } from '../api/session';

/** The list's filter, from the address: `?status=draft&q=hovrätt`. */
export function listFilter(search: URLSearchParams): ListFilter {
  const status = search.get('status');
  const q = search.get('q')?.trim();
  return {
    ...((STATUSES as readonly string[]).includes(status ?? '') ? { status: status as ArticleStatus } : {}),
    ...(q ? { q } : {}),
  };
}

export const articleListLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    if (!(await queryClient.ensureQueryData(sessionQuery))) return null;
    // A moderator may not list articles: the page says so instead of failing.
    await queryClient.prefetchQuery(articleListQuery(listFilter(new URL(request.url).searchParams)));
    return null;
  };
