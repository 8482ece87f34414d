import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { sectionListSchema, teaserPageSchema } from './schemas';

// The sections and writers an article can have.

export const sectionsQuery = queryOptions({
  queryKey: ['newsroom', 'sections'],
  queryFn: ({ signal }) => staffRequest('/api/sections', sectionListSchema, { signal }),
  staleTime: 10 * 60_000,
});

export type Writer = { id: string; name: string; role: string };

/**
 * The writers, read from the bylines of the published articles: the API has no list of
 * writers yet (GET /api/newsroom/authors is asked for), so one who has published nothing is
 * missing here until then.
 */
export const writersQuery = queryOptions({
  queryKey: ['newsroom', 'writers'],
  queryFn: async ({ signal }): Promise<Writer[]> => {
    const page = await staffRequest('/api/articles?pageSize=50', teaserPageSchema, { signal });
    const writers = new Map<string, Writer>();
    for (const teaser of page.items) writers.set(teaser.author.id, teaser.author);
    return [...writers.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  },
  staleTime: 10 * 60_000,
});
