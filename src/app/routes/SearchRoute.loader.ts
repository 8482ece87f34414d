import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { latestArticlesQuery, sectionListQuery } from '../../features/articles/api';
import { searchQuery } from '../../features/search/api';
import { searchFromUrl } from '../../features/search/searchParams';
import { isApiError } from '../../lib/apiError';

/**
 * /sok: the search in the address, with a section the site does not have dropped
 * (a shared link with a stale filter still searches); with no query, the latest articles.
 * Loaded lazily beside the page's code, so every other page's code stays without search.
 */
export const searchLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const search = searchFromUrl(new URL(request.url).searchParams);
    try {
      const sections = await queryClient.ensureQueryData(sectionListQuery());
      if (!search.q) {
        await queryClient.ensureQueryData(latestArticlesQuery());
        return search;
      }
      const known = sections.items.some((s) => s.id === search.section) ? search : { ...search, section: undefined };
      await queryClient.ensureQueryData(searchQuery(known));
      return known;
    } catch (error) {
      // A page past the last is a 404, as on the section pages.
      if (isApiError(error) && error.isNotFound) throw data(null, { status: 404 });
      throw error;
    }
  };
