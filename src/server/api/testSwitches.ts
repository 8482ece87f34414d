import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { apiError, type ApiApp } from './respond';

/**
 * Switches for the tests and for a person who wants to see loading and error states:
 * mounted only with MOCK_SWITCHES=1, never on a plain `npm start`. Set with cookies
 * (`GET /api/__mock?latency=1500&fail=500&scope=comments`, no parameters to reset) or
 * MOCK_LATENCY_MS, MOCK_FAIL and MOCK_SCOPE in the environment. `POST /api/__mock/reset`
 * puts what readers sent back to the seed; `PUT /api/__mock/answers` gives fixed answers
 * for some paths (the tests' hostile and oversized content, which is not in the store).
 */
const FAILURES = ['500', '503', '429', 'network', 'timeout', 'invalid-json', 'malformed'] as const;
type Failure = (typeof FAILURES)[number];

/** A header the server reads as "drop the connection", as a dead API's would be; never sent. */
export const DROP_CONNECTION = 'x-test-drop-connection';

const COOKIES = ['mock-latency', 'mock-fail', 'mock-scope'] as const;

const isFailure = (value: string | undefined): value is Failure => FAILURES.some((f) => f === value);

const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

function failure(kind: Exclude<Failure, 'timeout'>): Response {
  switch (kind) {
    case '500':
      return apiError(500, 'internal', 'Internt fel (testbrytare)');
    case '503':
      return apiError(503, 'unavailable', 'Tjänsten är tillfälligt otillgänglig', undefined, { 'Retry-After': '2' });
    case '429':
      return apiError(429, 'rate_limited', 'För många förfrågningar', undefined, { 'Retry-After': '1' });
    case 'network':
      return new Response(null, { status: 599, headers: { [DROP_CONNECTION]: '1' } });
    case 'invalid-json':
      return new Response('{"items": [', { headers: { 'Content-Type': 'application/json' } });
    case 'malformed':
      return Response.json({ unexpected: 'shape' });
  }
}

/** A fixed answer for GETs of a path, when its query holds at least `query`. */
type FixedAnswer = { path: string; query?: Record<string, string>; status?: number; body: unknown };

const answerMatches = (answer: FixedAnswer, url: URL) =>
  answer.path === url.pathname && Object.entries(answer.query ?? {}).every(([key, value]) => url.searchParams.get(key) === value);

export function testSwitches(api: ApiApp, options: { env: NodeJS.ProcessEnv; reset: () => Promise<void> }): void {
  const { env } = options;
  /** Fixed answers, the latest first. */
  let answers: FixedAnswer[] = [];

  const switches: MiddlewareHandler = async (c, next) => {
    const latency = Number(getCookie(c, 'mock-latency') ?? env.MOCK_LATENCY_MS ?? 0);
    const fail = getCookie(c, 'mock-fail') ?? env.MOCK_FAIL;
    const scope = getCookie(c, 'mock-scope') ?? env.MOCK_SCOPE;
    const url = new URL(c.req.url);
    if (url.pathname.startsWith('/api/__mock')) return next();
    if (Number.isFinite(latency) && latency > 0) await wait(Math.min(latency, 60_000), c.req.raw.signal);
    if (isFailure(fail) && (!scope || url.pathname.includes(scope))) {
      if (fail !== 'timeout') return failure(fail);
      // Never answers: the caller gives up (the app after 10 s, the server's render after 5 s).
      await wait(120_000, c.req.raw.signal);
      return apiError(504, 'timeout', 'Inget svar (testbrytare)');
    }
    const fixed = c.req.method === 'GET' ? answers.find((answer) => answerMatches(answer, url)) : undefined;
    if (fixed) return Response.json(fixed.body, { status: fixed.status ?? 200 });
    return next();
  };
  api.use('/api/*', switches);

  api.post('/api/__mock/reset', async () => {
    await options.reset();
    return new Response(null, { status: 204 });
  });

  api.put('/api/__mock/answers', async (c) => {
    const body = (await c.req.json()) as { answers?: FixedAnswer[] };
    answers = [...(body.answers ?? []), ...answers];
    return new Response(null, { status: 204 });
  });

  // An unexpected error inside the API: what a caller sees must be a plain JSON 500, never a stack trace.
  api.get('/api/__mock/crash', () => {
    throw new Error(`Avsiktligt fel i ${import.meta.url}`);
  });

  api.get('/api/__mock', (c) => {
    const query = new URL(c.req.url).searchParams;
    const values = { 'mock-latency': query.get('latency'), 'mock-fail': query.get('fail'), 'mock-scope': query.get('scope') };
    const headers = new Headers();
    for (const name of COOKIES) {
      const value = values[name];
      headers.append('Set-Cookie', value ? `${name}=${encodeURIComponent(value)}; Path=/; SameSite=Lax` : `${name}=; Path=/; Max-Age=0`);
    }
    return Response.json({ latency: values['mock-latency'], fail: values['mock-fail'], scope: values['mock-scope'], failures: FAILURES }, { headers });
  });
}
