import type { QueryClient } from '@tanstack/react-query';
import { redirect, type LoaderFunctionArgs } from 'react-router';
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
    const staff = await queryClient.ensureQueryData(sessionQuery);
    if (!staff) return null;
    // A moderator's work is the comments, not the articles.
    if (staff.role === 'moderator') throw redirect('/kommentarer');
    await queryClient.prefetchQuery(articleListQuery(listFilter(new URL(request.url).searchParams)));
    return null;
  };
