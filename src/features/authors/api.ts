import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';

/** The answers' schemas, loaded with the first request the browser makes itself (see apiRequest). */
const schemas = () => import('./schema');

export function authorQuery(id: string) {
  return queryOptions({
    queryKey: ['authors', 'detail', id],
    queryFn: ({ signal }) => apiRequest(`/api/authors/${encodeURIComponent(id)}`, async () => (await schemas()).authorSchema, { signal }),
  });
}
