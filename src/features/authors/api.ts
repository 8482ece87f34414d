import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import { authorSchema } from './schema';

export function authorQuery(id: string) {
  return queryOptions({
    queryKey: ['authors', 'detail', id],
    queryFn: ({ signal }) => apiRequest(`/api/authors/${encodeURIComponent(id)}`, authorSchema, { signal }),
  });
}
