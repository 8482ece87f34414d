import { isApiError } from './apiError';
import { strings } from './strings';

/** What went wrong with a request, for a reader. */
export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return strings.errors.unknown;
  switch (error.kind) {
    case 'network':
      return strings.errors.network;
    case 'timeout':
      return strings.errors.timeout;
    case 'invalid':
      return strings.errors.invalid;
    case 'http':
      return strings.errors.server;
  }
}
