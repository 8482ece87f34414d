import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { statsSetSchema } from '../../features/stats/schema';
import { staffRequest } from './staffApi';

// Statistics sets in the newsroom: the list, one set with its numbers as CSV, and saving.

const BASE = '/api/newsroom/stats';

const statsEntrySchema = z.object({ id: z.string(), title: z.string(), provenance: z.enum(['official', 'illustrative']), updatedAt: z.string(), modifiedAt: z.nullable(z.string()) });
const statsEntriesSchema = z.object({ items: z.array(statsEntrySchema) });
const staffStatsSchema = z.object({ ...statsSetSchema.shape, illustrative: z.boolean(), csv: z.string() });

export type StaffStats = z.infer<typeof staffStatsSchema>;

export type StatsPayload = {
  title: string;
  description: string;
  unit: string;
  source: { name: string; url: string };
  notes: string[];
  illustrative: boolean;
  csv: string;
};

export const staffStatsListQuery = queryOptions({
  queryKey: ['newsroom', 'stats', 'list'],
  queryFn: ({ signal }) => staffRequest(BASE, statsEntriesSchema, { signal }),
  staleTime: 0,
});

export const staffStatsQuery = (id: string) =>
  queryOptions({
    queryKey: ['newsroom', 'stats', 'detail', id],
    queryFn: ({ signal }) => staffRequest(`${BASE}/${encodeURIComponent(id)}`, staffStatsSchema, { signal }),
    staleTime: 0,
  });

export const createStats = (payload: StatsPayload) => staffRequest(BASE, staffStatsSchema, { method: 'POST', body: payload });

export const saveStats = (id: string, payload: StatsPayload) => staffRequest(`${BASE}/${encodeURIComponent(id)}`, staffStatsSchema, { method: 'PUT', body: payload });
