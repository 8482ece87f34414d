import { delay, http, HttpResponse } from 'msw';
import { resetDb } from '../db.ts';
import { apiError } from './respond.ts';

/**
 * Switches that let a person (or a test) see loading and error states by hand.
 * Set them with cookies (`GET /api/__mock?latency=1500&fail=500&scope=comments`,
 * no parameters to reset) or, for the preview server, MOCK_LATENCY_MS,
 * MOCK_FAIL and MOCK_SCOPE in the environment. `POST /api/__mock/reset` puts
 * the data back to the fixtures (the browser tests call it before each file).
 */
export const FAILURES = ['500', '503', '429', 'network', 'timeout', 'invalid-json', 'malformed'] as const;
type Failure = (typeof FAILURES)[number];

type Settings = { latencyMs: number; fail: Failure | undefined; scope: string | undefined };

const env: Record<string, string | undefined> =
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

function isFailure(value: string | undefined): value is Failure {
  return FAILURES.some((f) => f === value);
}

function settings(cookies: Record<string, string>): Settings {
  const latency = Number(cookies['mock-latency'] ?? env.MOCK_LATENCY_MS ?? 0);
  const fail = cookies['mock-fail'] ?? env.MOCK_FAIL;
  return {
    latencyMs: Number.isFinite(latency) && latency > 0 ? Math.min(latency, 60_000) : 0,
    fail: isFailure(fail) ? fail : undefined,
    scope: cookies['mock-scope'] ?? env.MOCK_SCOPE,
  };
}

function failure(kind: Failure) {
  switch (kind) {
    case '500':
      return apiError(500, 'internal', 'Internt fel i mock-API:t');
    case '503':
      return HttpResponse.json(
        { error: { code: 'unavailable', message: 'Tjänsten är tillfälligt otillgänglig' } },
        { status: 503, headers: { 'Retry-After': '2' } },
      );
    case '429':
      return HttpResponse.json(
        { error: { code: 'rate_limited', message: 'För många förfrågningar' } },
        { status: 429, headers: { 'Retry-After': '1' } },
      );
    case 'network':
      return HttpResponse.error();
    case 'invalid-json':
      return new HttpResponse('{"items": [', { headers: { 'Content-Type': 'application/json' } });
    case 'malformed':
      return HttpResponse.json({ unexpected: 'shape' });
    case 'timeout':
      return undefined;
  }
}

const COOKIES = ['mock-latency', 'mock-fail', 'mock-scope'] as const;

export const controlHandlers = [
  // Each browser test file starts from the fixtures, whatever the file before it posted.
  http.post('*/api/__mock/reset', () => {
    resetDb();
    return new HttpResponse(null, { status: 204 });
  }),

  // An unexpected error inside the API: what a caller sees must be a plain JSON 500, never a stack trace.
  http.get('*/api/__mock/crash', () => {
    throw new Error(`Avsiktligt fel i ${import.meta.url}`);
  }),

  http.get('*/api/__mock', ({ request }) => {
    const query = new URL(request.url).searchParams;
    const values = { 'mock-latency': query.get('latency'), 'mock-fail': query.get('fail'), 'mock-scope': query.get('scope') };
    const headers = new Headers();
    for (const name of COOKIES) {
      const value = values[name];
      headers.append('Set-Cookie', value ? `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax` : `${name}=; Path=/; Max-Age=0`);
    }
    return HttpResponse.json({ latency: values['mock-latency'], fail: values['mock-fail'], scope: values['mock-scope'], failures: FAILURES }, { headers });
  }),

  // Runs before every other handler; returning nothing passes the request on.
  http.all('*/api/*', async ({ request, cookies }) => {
    const { latencyMs, fail, scope } = settings(cookies);
    if (latencyMs) await delay(latencyMs);
    if (!fail || (scope && !new URL(request.url).pathname.includes(scope))) return undefined;
    if (fail === 'timeout') await delay('infinite');
    return failure(fail);
  }),
];
