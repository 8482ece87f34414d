import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';

/** The answers' schemas, loaded with the first request the browser makes itself (see apiRequest). */
const schemas = () => import('./schema');

export function statsQuery(id: string) {
  return queryOptions({
    queryKey: ['stats', 'detail', id],
    queryFn: ({ signal }) => apiRequest(`/api/stats/${encodeURIComponent(id)}`, async () => (await schemas()).statsSetSchema, { signal }),
    staleTime: 10 * 60_000,
  });
}

export function statsListQuery() {
  return queryOptions({
    queryKey: ['stats', 'list'],
    queryFn: ({ signal }) => apiRequest('/api/stats', async () => (await schemas()).statsListSchema, { signal }),
    staleTime: 10 * 60_000,
  });
}

/** Starts loading the chart code (Recharts) without waiting for it. */
export function preloadTrendChart(): Promise<unknown> {
  return import('./components/TrendChart');
}
