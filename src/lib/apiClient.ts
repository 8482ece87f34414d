import type { z } from 'zod/mini';
import { ApiError } from './apiError';
import { noteOfflineCopy } from './offlineCopy';

/** The API's origin; empty means the app's own origin (the embedded or dev mock API). */
let apiBaseUrl: string = import.meta.env.VITE_API_BASE_URL ?? '';

type Transport = (url: string, init: RequestInit) => Promise<Response>;
let transport: Transport = (url, init) => fetch(url, init);

/** The server renders from its own API setting, and may answer from the embedded API without a network hop. */
export function configureApi(options: { baseUrl: string; transport?: Transport; timeoutMs?: number }): void {
  apiBaseUrl = options.baseUrl;
  if (options.transport) transport = options.transport;
  if (options.timeoutMs) requestTimeoutMs = options.timeoutMs;
}

/** A request that has not answered in this time is given up as a timeout. */
let requestTimeoutMs = 10_000;

/** For tests that exercise the timeout without waiting ten seconds. */
export function setRequestTimeout(ms: number): void {
  requestTimeoutMs = ms;
}

// In `npm run dev` the router starts loading before MSW's worker is ready (it is
// created when its module is imported), so requests wait until main.tsx says go.
let releaseRequests: () => void = () => {};
const requestsReleased: Promise<void> | undefined =
  import.meta.env.MODE === 'development' ? new Promise((resolve) => (releaseRequests = resolve)) : undefined;

/** Lets API requests through once the dev mock API is running (a no-op elsewhere). */
export function releaseApiRequests(): void {
  releaseRequests();
}

export function apiUrl(path: string): string {
  const base = apiBaseUrl || globalThis.location?.origin || 'http://localhost';
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

type RequestOptions = {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
  /** Sent as Idempotency-Key so that a retried mutation is applied once. */
  idempotencyKey?: string;
  timeoutMs?: number;
};

/**
 * A schema, or how to load it: a page the server rendered comes with its data, so the
 * schemas (and zod) are not part of the code a page needs first; they load with the
 * first request the browser makes itself, beside it.
 */
type SchemaSource<Schema> = Schema | (() => Promise<Schema>);

/**
 * Calls the API and validates the answer against `schema`. Whatever goes wrong
 * (network, timeout, HTTP status, unreadable or wrongly shaped data) comes back
 * as an ApiError, never as an untyped exception or unchecked data.
 */
export async function apiRequest<Schema extends z.ZodMiniType>(
  path: string,
  schema: SchemaSource<Schema>,
  options: RequestOptions = {},
): Promise<z.infer<Schema>> {
  const { method = 'GET', body, signal, idempotencyKey, timeoutMs = requestTimeoutMs } = options;
  const schemaLoaded = typeof schema === 'function' ? schema() : Promise.resolve(schema);
  // Handled where it is awaited; this keeps a failed load from counting as unhandled before then.
  schemaLoaded.catch(() => {});
  if (requestsReleased) await requestsReleased;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const abortFromCaller = () => controller.abort();
  signal?.addEventListener('abort', abortFromCaller);

  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;

  const url = apiUrl(path);
  let response: Response;
  try {
    response = await transport(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    if (timedOut) throw new ApiError('timeout', `Timed out after ${timeoutMs} ms: ${method} ${path}`);
    throw new ApiError('network', `Network error: ${method} ${path}`);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abortFromCaller);
  }

  let json: unknown;
  try {
    json = await response.json();
  } catch {
    if (!response.ok) throw await httpError(response, undefined);
    throw new ApiError('invalid', `Not JSON: ${method} ${path}`, { status: response.status });
  }

  if (!response.ok) throw await httpError(response, json);

  let checked: Schema;
  try {
    checked = await schemaLoaded;
  } catch {
    // The schemas' code could not be fetched (offline, or a deploy replaced it): as good as no answer.
    throw new ApiError('network', `Could not load the code that checks ${method} ${path}`);
  }
  const parsed = checked.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') || '(root)';
    throw new ApiError('invalid', `Unexpected data at ${where}: ${method} ${path}`, {
      status: response.status,
    });
  }
  noteOfflineCopy(path, response.headers);
  return parsed.data;
}

async function httpError(response: Response, json: unknown): Promise<ApiError> {
  // The error shape is read only when there is an error; if its code cannot load, the status still explains.
  const body = await import('./apiErrorBody').then(
    ({ apiErrorBodySchema }) => apiErrorBodySchema.safeParse(json),
    () => ({ success: false }) as const,
  );
  const retryAfter = Number(response.headers.get('Retry-After'));
  return new ApiError('http', body.success ? body.data.error.message : `HTTP ${response.status}`, {
    status: response.status,
    code: body.success ? body.data.error.code : undefined,
    fieldErrors: body.success ? body.data.error.fieldErrors : undefined,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  });
}
