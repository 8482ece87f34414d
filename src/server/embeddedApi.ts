import { getResponse, type RequestHandler } from 'msw';
import { setStore } from '../../mocks/db';
import { apiHandlers, handlers as everyHandler } from '../../mocks/handlerList';
import { currentPage } from './pageScope';
import { openSqliteStore } from './sqliteStore';

// The embedded API: the same MSW handlers the dev worker and the tests use, answered
// over real HTTP. Loaded only when no API_BASE_URL is set (a dynamic import in setup.ts).

export type EmbeddedAnswer = { response: Response } | { dropConnection: true };

const notFound = () =>
  Response.json({ error: { code: 'not_found', message: 'Okänd API-adress' } }, { status: 404, headers: { 'Cache-Control': 'no-store' } });

/**
 * The API's handlers; the test switches (MOCK_SWITCHES=1) come first when they are on.
 * What readers post is kept in <dataDir>/reader-data.sqlite, across restarts.
 */
export function createEmbeddedApi(options: { switches: boolean; dataDir: string }) {
  setStore(openSqliteStore(options.dataDir));
  const handlers: RequestHandler[] = options.switches ? everyHandler : apiHandlers;
  const answer = (request: Request) => answerApiRequest(handlers, request);
  return { answer, transport: embeddedTransport(answer) };
}

async function answerApiRequest(handlers: RequestHandler[], request: Request): Promise<EmbeddedAnswer> {
  const response = await getResponse(handlers, request);
  if (!response) return { response: notFound() };
  // The mock's "network error": the connection is dropped, as a dead server's would be.
  if (response.type === 'error') return { dropConnection: true };
  const headers = new Headers(response.headers);
  // A read may be kept (the service worker's offline copy) but is checked again each time;
  // posts, errors and the test switches' answers are never stored anywhere.
  const storable = request.method === 'GET' && response.status === 200 && !new URL(request.url).pathname.startsWith('/api/__mock');
  headers.set('Cache-Control', storable ? 'no-cache' : 'no-store');
  return { response: new Response(response.body, { status: response.status, headers }) };
}

/** The API client's transport while rendering: straight into the handlers, no socket. */
const embeddedTransport = (answer: (request: Request) => Promise<EmbeddedAnswer>) => async (url: string, init: RequestInit): Promise<Response> => {
  const headers = new Headers(init.headers);
  const cookie = currentPage()?.request.headers.get('Cookie');
  // Only the mock's own switches (latency, failures) are passed on.
  const switches = cookie
    ?.split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('mock-'))
    .join('; ');
  if (switches) headers.set('Cookie', switches);
  const request = new Request(url, { ...init, headers });
  const answered = await abortable(answer(request), init.signal);
  if ('dropConnection' in answered) throw new TypeError('fetch failed');
  return answered.response;
};

/** Like fetch: gives up when the signal aborts (the client's timeout), even if the handler never answers. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException('The request was aborted', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
