import { isApiError } from './apiError';
import { strings } from './strings';

/** The app's own code could not be downloaded (offline, or a deploy replaced it). */
export function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS/i.test(error.message);
}

/** The request or the code never reached the server (as opposed to an answer that was bad). */
export function isNetworkFailure(error: unknown): boolean {
  return isChunkLoadError(error) || (isApiError(error) && error.kind === 'network');
}

/** What went wrong with a request, for a reader. */
export function errorMessage(error: unknown): string {
  if (isChunkLoadError(error)) return strings.errors.network;
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
