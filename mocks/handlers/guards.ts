import { http } from 'msw';
import { apiError } from './respond.ts';

/** As the server refuses it (src/server/api/guards.ts): larger than any valid comment or tip. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * What the server's guards refuse before any route, so that the mock keeps the same
 * contract: a broken %-escape, a post that is not JSON, from another site, or too large.
 * Returning nothing passes the request on to the handlers.
 */
const isApi = (request: Request) => new URL(request.url).pathname.startsWith('/api/');

function hasMalformedEscape(request: Request): boolean {
  try {
    decodeURIComponent(new URL(request.url).pathname);
    return false;
  } catch {
    return true;
  }
}

export const guardHandlers = [
  // A predicate, not a path: matching a path pattern would decode the broken escape and fail first.
  http.all(({ request }) => isApi(request) && hasMalformedEscape(request), () => apiError(400, 'bad_request', 'Adressen innehåller en ogiltig %-kodning')),
  http.all(({ request }) => isApi(request) && request.method !== 'GET' && request.method !== 'HEAD', async ({ request }) => {
    const url = new URL(request.url);
    const origin = request.headers.get('Origin');
    if (request.headers.get('Sec-Fetch-Site') === 'cross-site' || (origin && origin !== url.origin)) {
      return apiError(403, 'forbidden_origin', 'Förfrågan kommer från en annan webbplats');
    }
    const type = request.headers.get('Content-Type');
    const body = await request.clone().arrayBuffer();
    if (type === null ? body.byteLength > 0 : type.split(';')[0]?.trim().toLowerCase() !== 'application/json') {
      return apiError(415, 'unsupported_media_type', 'Skicka förfrågan som application/json');
    }
    if (body.byteLength > MAX_BODY_BYTES) return apiError(413, 'payload_too_large', `Förfrågan är större än ${MAX_BODY_BYTES / 1024} kB`);
    return undefined;
  }),
];
