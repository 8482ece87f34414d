import { HttpResponse } from 'msw';
import type { z } from 'zod/mini';

/** The API's one error shape, as the contract in src/lib/apiError.ts defines it. */
export function apiError(status: number, code: string, message: string, fieldErrors?: Record<string, string[]>) {
  return HttpResponse.json({ error: { code, message, ...(fieldErrors ? { fieldErrors } : {}) } }, { status });
}

export const notFound = (what: string) => apiError(404, 'not_found', `${what} finns inte`);

/** page and pageSize from the query, or a 422 answer when they are not sensible. */
export function paging(url: URL, defaultSize: number): { page: number; pageSize: number } | Response {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? defaultSize);
  const fieldErrors: Record<string, string[]> = {};
  if (!Number.isInteger(page) || page < 1) fieldErrors.page = ['Ska vara ett heltal från 1.'];
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > 50) fieldErrors.pageSize = ['Ska vara ett heltal 1–50.'];
  if (Object.keys(fieldErrors).length) return apiError(422, 'validation_failed', 'Ogiltig sidindelning', fieldErrors);
  return { page, pageSize };
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
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
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? 'body')] ??= []).push(describeIssue(issue));
  return apiError(422, 'validation_failed', `${what} kunde inte tas emot`, fieldErrors);
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
    default:
      // An item of a list is named by its value.
      return issue.path.length > 1 ? `Ogiltigt: ${String(issue.input)}` : 'Ogiltigt värde.';
  }
}

/** Replays the first answer for an Idempotency-Key so a retried mutation is applied once. */
export function idempotent(request: Request, remembered: (key: string) => unknown, make: () => { status: number; body: unknown }, remember: (key: string, value: unknown) => void) {
  const key = request.headers.get('Idempotency-Key');
  if (key) {
    const previous = remembered(key) as { status: number; body: unknown } | undefined;
    if (previous) return HttpResponse.json(previous.body as object, { status: previous.status });
  }
  const result = make();
  if (key && result.status < 300) remember(key, result);
  return HttpResponse.json(result.body as object, { status: result.status });
}
