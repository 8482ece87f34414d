import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { isApiError } from './apiError';

const MAX_RETRIES = 2;

/** One client for the app; tests make a fresh one per test with `retry: false`. */
export function createQueryClient(overrides: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        // Try even when the browser says it is offline: a cache may answer, and a
        // failure shows a message with a retry instead of a page that waits forever.
        networkMode: 'always',
        // Only transient failures are worth another try; a 404 or bad data stays bad.
        retry: (failureCount, error) => isApiError(error) && error.isTransient && failureCount < MAX_RETRIES,
        retryDelay: (attempt, error) =>
          isApiError(error) && error.retryAfterSeconds
            ? Math.min(error.retryAfterSeconds * 1000, 10_000)
            : Math.min(500 * 2 ** attempt, 4_000),
        ...overrides,
      },
      // A form sent offline fails at once and keeps its input, rather than hanging on "Skickar …".
      mutations: { retry: false, networkMode: 'always' },
    },
  });
}
