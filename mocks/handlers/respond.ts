import { HttpResponse } from 'msw';
import type { z } from 'zod/mini';
import { fieldErrorsOf } from '../../src/server/api/respond.ts';
import { db } from '../db.ts';

/** The API's one error shape, as the contract in src/lib/apiError.ts defines it. */
export function apiError(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>) {
  return HttpResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

export const notFound = (what: string) => apiError(404, 'not_found', `${what} finns inte`);

/** page and pageSize from the query, bounded as the server bounds them (the same function), or the 422 answer. */
export { paging } from '../../src/server/api/respond.ts';

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    // A copy: the body is read once more for its Idempotency-Key hash.
    const body: unknown = await request.clone().json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const badJson = () => apiError(400, 'bad_request', 'Förfrågan är inte giltig JSON');

/** The body checked against the request's schema (from the feature's schema.ts), or the 400 or 422 answer. */
export async function requestBody<Schema extends z.ZodMiniType>(request: Request, schema: Schema, what: string): Promise<z.output<Schema> | Response> {
  const body = await jsonBody(request);
  if (!body) return badJson();
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return parsed.data;
  return apiError(422, 'validation_failed', `${what} kunde inte tas emot`, fieldErrorsOf(parsed.error.issues));
}

type Answer = { status: number; body: unknown };

/** Keys are UUIDs from the app; anything much longer is not a key but a way to fill the store. */
const MAX_KEY_LENGTH = 255;

async function sha256(text: string): Promise<string> {
  // Web Crypto: the same hash in the dev worker's page and in Node.
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Applies a mutation once per Idempotency-Key: a retry with the same key and body gets
 * the first answer again (status and body); the same key with another body is a 422.
 * Keys are kept per method and path, for a day. Only successes are remembered: a
 * refusal changed nothing, so a retry is answered afresh (and may succeed once the
 * cause, say a rate limit, has passed). The check, the write and the record are one
 * transaction, so an acknowledged write always has its key.
 */
export async function idempotent(request: Request, make: () => Answer, headers?: HeadersInit): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  const answer = (result: Answer) => HttpResponse.json(result.body as object, { status: result.status, headers });
  if (key === null) return answer(make());
  if (key.length === 0 || key.length > MAX_KEY_LENGTH)
    return apiError(400, 'bad_request', `Idempotency-Key ska vara 1–${MAX_KEY_LENGTH} tecken`);
  const scope = { method: request.method, path: new URL(request.url).pathname, key };
  const bodyHash = await sha256(await request.text());
  const result = db.atomically((): Answer => {
    const previous = db.findIdempotency(scope);
    if (previous?.bodyHash === bodyHash) return previous;
    if (previous) return { status: 422, body: { error: { code: 'idempotency_key_reused', message: 'Idempotency-Key har redan använts för en annan förfrågan' } } };
    const made = make();
    if (made.status < 300) db.saveIdempotency({ ...scope, bodyHash, ...made });
    return made;
  });
  return answer(result);
}
