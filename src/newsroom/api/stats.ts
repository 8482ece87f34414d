import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { staffStatsSchema, statsEntriesSchema, type StaffStats } from './statsSchemas';

// Statistics sets in the newsroom: the list, one set with its numbers as CSV, and saving.

const BASE = '/api/newsroom/stats';

export type { StaffStats };

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
