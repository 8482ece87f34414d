import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import type { StaffMember } from '../auth/roles';
import type { z } from 'zod/mini';
import { jsonError } from '../jsonError';
import type { Store } from '../store/store';

// How every route of the API answers: the one error shape, paging, bodies checked by
// the shared schemas, and mutations applied once per Idempotency-Key.

export const apiError = (status: number, code: string, message: string, fieldErrors?: Record<string, string[]>, headers?: Record<string, string>) =>
  jsonError(status, code, message, headers, fieldErrors);

export const notFound = (what: string) => apiError(404, 'not_found', `${what} finns inte`);

/** Pages beyond this are not asked for by anyone but a fuzzer; bounded so that offsets stay small integers. */
const MAX_PAGE = 10_000;

/** A whole number from 1 written in at most `digits` digits, or undefined. */
function wholeNumber(value: string | null, fallback: number, digits: number): number | undefined {
  if (value === null) return fallback;
  if (!new RegExp(`^\\d{1,${digits}}$`).test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/**
 * page and pageSize from the query: a 422 answer when they are not whole numbers (`1e300`,
 * `1.5`, `-1`) or pageSize is over 50; a page past the last one (any past 10 000 too) is a 404.
 */
export function paging(url: URL, defaultSize: number): { page: number; pageSize: number } | Response {
  const page = wholeNumber(url.searchParams.get('page'), 1, 12);
  const size = wholeNumber(url.searchParams.get('pageSize'), defaultSize, 2);
  const pageSize = size !== undefined && size <= 50 ? size : undefined;
  const fieldErrors: Record<string, string[]> = {};
  if (page === undefined) fieldErrors.page = ['Ska vara ett heltal från 1.'];
  if (pageSize === undefined) fieldErrors.pageSize = ['Ska vara ett heltal 1–50.'];
  if (page === undefined || pageSize === undefined) return apiError(422, 'validation_failed', 'Ogiltig sidindelning', fieldErrors);
  if (page > MAX_PAGE) return apiError(404, 'not_found', 'Sidan finns inte');
  return { page, pageSize };
}

/** What the schema found wrong, in the API's own words (the app has its own, beside each field). */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'array' ? `Minst ${issue.minimum}.` : 'Får inte vara tomt.';
    case 'too_big':
      return issue.origin === 'array' ? `Högst ${issue.maximum}.` : `Högst ${issue.maximum} tecken.`;
    case 'invalid_type':
      return 'Saknas eller har fel typ.';
    case 'custom':
      // A check that words its own message for people (params.said) says what is wrong.
      if (typeof issue.params?.said === 'string') return issue.params.said;
      return issue.path.length > 1 ? `Ogiltigt: ${String(issue.input)}` : 'Ogiltigt värde.';
    default:
      // An item of a list is named by its value.
      return issue.path.length > 1 ? `Ogiltigt: ${String(issue.input)}` : 'Ogiltigt värde.';
  }
}

/** The issues of a failed parse as the error shape's field errors, by top-level field. */
export function fieldErrorsOf(issues: z.core.$ZodIssue[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[String(issue.path[0] ?? 'body')] ??= []).push(describeIssue(issue));
  return fieldErrors;
}

/** The body checked against the request's schema (from the feature's schema.ts), or the 400 or 422 answer. */
export async function requestBody<Schema extends z.ZodMiniType>(request: Request, schema: Schema, what: string): Promise<z.output<Schema> | Response> {
  let body: unknown;
  try {
    // A copy: the body is read once more for its Idempotency-Key hash.
    body = await request.clone().json();
  } catch {
    body = undefined;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return apiError(400, 'bad_request', 'Förfrågan är inte giltig JSON');
  const parsed = schema.safeParse(body, { reportInput: true });
  if (parsed.success) return parsed.data;
  return apiError(422, 'validation_failed', `${what} kunde inte tas emot`, fieldErrorsOf(parsed.error.issues));
}

export type Answer = { status: number; body: unknown };

/** Keys are UUIDs from the app; anything much longer is not a key but a way to fill the store. */
const MAX_KEY_LENGTH = 255;

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * Applies a mutation once per Idempotency-Key: a retry with the same key and body gets
 * the first answer again (status and body), from any instance; the same key with another
 * body is a 422. Keys are kept per method and path, for a day. Only successes are
 * remembered: a refusal changed nothing, so a retry is answered afresh. The check, the
 * write and the record are one transaction, so an acknowledged write always has its key.
 */
/** A store inside a transaction, as `make` gets it: with a lock to wait on. */
type InTransaction = Parameters<Parameters<Store['transaction']>[0]>[0];

export async function idempotent(store: Store, request: Request, make: (store: InTransaction) => Promise<Answer>, headers?: Record<string, string>): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  const answer = (result: Answer) => Response.json(result.body, { status: result.status, headers });
  if (key === null) return answer(await store.transaction(make));
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) return apiError(400, 'bad_request', `Idempotency-Key ska vara 1–${MAX_KEY_LENGTH} tecken`);
  const scope = { method: request.method, path: new URL(request.url).pathname, key };
  const bodyHash = await sha256(await request.text());
  const result = await store.transaction(async (tx): Promise<Answer> => {
    // Two instances given the same key at once: the second waits here for the first.
    await tx.lock(`idempotency ${JSON.stringify(scope)}`);
    const previous = await tx.idempotency.find(scope);
    if (previous?.bodyHash === bodyHash) return previous;
    if (previous) return { status: 422, body: { error: { code: 'idempotency_key_reused', message: 'Idempotency-Key har redan använts för en annan förfrågan' } } };
    const made = await make(tx);
    if (made.status < 300) await tx.idempotency.save({ ...scope, bodyHash, ...made });
    return made;
  });
  return answer(result);
}

/** What a route knows besides the request: Node's socket (absent in-process), and the staff member signed in, if any. */
export type ApiEnv = { Bindings: HttpBindings; Variables: { staff: StaffMember | undefined } };

/** The API's Hono app: on Node's HTTP server, or called in-process while a page is rendered. */
export type ApiApp = Hono<ApiEnv>;
