import type { z } from 'zod/mini';
import { ApiError } from '../../lib/apiError';
import { apiErrorBodySchema } from '../../lib/apiErrorBody';

// The staff API's client: the session cookie goes with every request (same origin), and
// unlike the reader's apiRequest it speaks PUT and DELETE, sends If-Match, and hands back
// the body of a 412 (the version saved meanwhile), so that nothing typed is lost.

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type StaffRequest = {
  method?: Method;
  body?: unknown;
  /** The version the change starts from (PUT). */
  ifMatch?: number;
  signal?: AbortSignal;
  /** Lets the request finish after the page has gone (a save on leaving). */
  keepalive?: boolean;
};

/** The answer to a write that lost the race: the error, and the body with the version saved meanwhile. */
export class StaleVersion extends ApiError {
  readonly current: unknown;
  constructor(message: string, current: unknown) {
    super('http', message, { status: 412, code: 'version_conflict' });
    this.current = current;
  }
}

const TIMEOUT_MS = 15_000;

export async function staffRequest<Schema extends z.ZodMiniType>(path: string, schema: Schema, options: StaffRequest = {}): Promise<z.infer<Schema>> {
  const { method = 'GET', body, ifMatch, signal, keepalive } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Every write is JSON, even an empty one: the API takes nothing else.
  const payload = method === 'GET' ? undefined : JSON.stringify(body ?? {});
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', keepalive, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError(timeout.aborted ? 'timeout' : 'network', `${method} ${path} failed`);
  }
  const json: unknown = response.status === 204 ? null : await response.json().catch(() => undefined);
  if (!response.ok) {
    const error = apiErrorBodySchema.safeParse(json);
    const message = error.success ? error.data.error.message : `HTTP ${response.status}`;
    if (response.status === 412 && json && typeof json === 'object' && 'current' in json) throw new StaleVersion(message, json.current);
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiError('http', message, {
      status: response.status,
      code: error.success ? error.data.error.code : undefined,
      fieldErrors: error.success ? error.data.error.fieldErrors : undefined,
      retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError('invalid', `Unexpected data at ${parsed.error.issues[0]?.path.join('.') || '(root)'}: ${method} ${path}`, { status: response.status });
  return parsed.data;
}

export const isSignedOut = (error: unknown): boolean => error instanceof ApiError && error.status === 401;
