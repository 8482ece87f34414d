import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { articleQuery } from '../api/articles';
import { sectionsQuery, writersQuery } from '../api/reference';
import { sessionQuery } from '../api/session';

/** `/artiklar/ny` is a new article; `/artiklar/12` the article 12, read fresh every time it is opened. */
export const editorLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = params.id === 'ny' ? undefined : /^\d{1,12}$/.test(params.id ?? '') ? Number(params.id) : null;
    if (id === null) throw data(null, { status: 404 });
    // Signed out: the layout's loader sends the visit to the sign-in page.
    if (!(await queryClient.ensureQueryData(sessionQuery))) return { id };
    await Promise.all([
      queryClient.ensureQueryData(sectionsQuery),
      queryClient.ensureQueryData(writersQuery),
      id === undefined ? undefined : queryClient.fetchQuery(articleQuery(id)),
    ]);
    return { id };
  };
