import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { sessionQuery } from '../api/session';
import { staffStatsListQuery, staffStatsQuery } from '../api/stats';

/** /statistik: the sets (a moderator's page says the role may not, instead of failing). */
export const statsListLoader = (queryClient: QueryClient) => async () => {
  if (!(await queryClient.ensureQueryData(sessionQuery))) return null;
  await queryClient.prefetchQuery(staffStatsListQuery);
  return null;
};

/** /statistik/ny is a new set; /statistik/:id one set, read fresh each time it is opened. */
export const statsEditorLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id === 'ny' ? undefined : /^[a-z0-9][a-z0-9-]{0,80}$/.test(params.id ?? '') ? params.id : null;
    if (id === null) throw data(null, { status: 404 });
    if (id !== undefined && (await queryClient.ensureQueryData(sessionQuery))) await queryClient.fetchQuery(staffStatsQuery(id));
    return { id };
  };
