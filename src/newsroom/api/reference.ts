import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { sectionListSchema, writerListSchema } from './schemas';

// The sections and writers an article can have.

export const sectionsQuery = queryOptions({
  queryKey: ['newsroom', 'sections'],
  queryFn: ({ signal }) => staffRequest('/api/sections', sectionListSchema, { signal }),
  staleTime: 10 * 60_000,
});

export type Writer = { id: string; name: string; role: string };

/** Every writer in the store, by name (GET /api/newsroom/authors). */
export const writersQuery = queryOptions({
  queryKey: ['newsroom', 'writers'],
  queryFn: async ({ signal }): Promise<Writer[]> => (await staffRequest('/api/newsroom/authors', writerListSchema, { signal })).items,
  staleTime: 10 * 60_000,
});
