import { dehydrate, type DehydratedState, type QueryClient } from '@tanstack/react-query';
import { isRouteErrorResponse, UNSAFE_ErrorResponseImpl as ErrorResponse, type HydrationState } from 'react-router';
import { ApiError, isApiError, type ApiErrorKind } from '../lib/apiError';
import type { ThemeChoice } from '../lib/theme';
import { PAGE_STATE_ID } from './pageStateId';

/**
 * What the server hands the browser with a rendered page: the router's state, the
 * query cache and the settings the first render used, so that hydration renders
 * exactly what the server did. It travels as a JSON data block (never executed,
 * so the strict CSP allows it), read back by the client before it hydrates.
 */
export type PageState = {
  router: { loaderData: Record<string, unknown>; errors: Record<string, SerializedError> | null };
  queries: DehydratedState;
  theme: ThemeChoice;
  origin: string;
  /** The API reads the page was rendered from, for the service worker to keep for offline reading. */
  apiPaths: string[];
};

type SerializedError =
  | { type: 'response'; status: number; statusText: string; data: unknown }
  | { type: 'api'; kind: ApiErrorKind; message: string; status?: number; code?: string; retryAfterSeconds?: number }
  | { type: 'error'; message: string };


function serializeError(error: unknown): SerializedError {
  if (isRouteErrorResponse(error)) return { type: 'response', status: error.status, statusText: error.statusText, data: null };
  if (isApiError(error)) {
    const { kind, message, status, code, retryAfterSeconds } = error;
    return { type: 'api', kind, message, status, code, retryAfterSeconds };
  }
  // Anything else is our own bug: its message stays on the server.
  return { type: 'error', message: 'Internal error' };
}

function deserializeError(error: SerializedError): unknown {
  switch (error.type) {
    case 'response':
      return new ErrorResponse(error.status, error.statusText, error.data);
    case 'api':
      return new ApiError(error.kind, error.message, error);
    case 'error':
      return new Error(error.message);
  }
}

export function createPageState(
  router: { loaderData: Record<string, unknown>; errors: Record<string, unknown> | null },
  queryClient: QueryClient,
  settings: Pick<PageState, 'theme' | 'origin' | 'apiPaths'>,
): PageState {
  const errors = router.errors ? Object.fromEntries(Object.entries(router.errors).map(([id, e]) => [id, serializeError(e)])) : null;
  return { router: { loaderData: router.loaderData, errors }, queries: dehydrate(queryClient), ...settings };
}


/** The state the server rendered with, or undefined for a page the browser renders itself (dev, static fallback). */
export function readPageState(doc: Document): PageState | undefined {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  return text ? (JSON.parse(text) as PageState) : undefined;
}

export function routerHydrationData(state: PageState): HydrationState {
  const { loaderData, errors } = state.router;
  return {
    loaderData,
    errors: errors ? Object.fromEntries(Object.entries(errors).map(([id, e]) => [id, deserializeError(e)])) : null,
  };
}
