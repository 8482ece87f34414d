import { http } from 'msw';
import { apiError } from './respond.ts';

/** As the server refuses it (src/server/api/guards.ts): larger than any valid comment or tip. */
const MAX_BODY_BYTES = 16 * 1024;

/** The photo upload: multipart, not JSON, up to a photo of 15 MB and its fields. */
const UPLOAD_PATH = '/api/newsroom/media';
const MAX_UPLOAD_BYTES = 15 * 1024 * 1024 + 64 * 1024;

/** A statistics set's numbers as CSV may be larger than a reader's post. */
const TABLE_POSTS = /^\/api\/newsroom\/stats(\/[a-z0-9-]+)?$/;
const MAX_TABLE_BYTES = 256 * 1024;

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
    const mediaType = type?.split(';')[0]?.trim().toLowerCase();
    const body = await request.clone().arrayBuffer();
    if (request.method === 'POST' && url.pathname === UPLOAD_PATH) {
      if (mediaType !== 'multipart/form-data') return apiError(415, 'unsupported_media_type', 'Skicka bilden som multipart/form-data');
      if (body.byteLength > MAX_UPLOAD_BYTES) return apiError(413, 'payload_too_large', 'Bilden är större än 15 MB. Minska den och försök igen.');
      return undefined;
    }
    if (type === null ? body.byteLength > 0 : mediaType !== 'application/json') {
      return apiError(415, 'unsupported_media_type', 'Skicka förfrågan som application/json');
    }
    const maxBytes = TABLE_POSTS.test(url.pathname) ? MAX_TABLE_BYTES : MAX_BODY_BYTES;
    if (body.byteLength > maxBytes) return apiError(413, 'payload_too_large', `Förfrågan är större än ${maxBytes / 1024} kB`);
    return undefined;
  }),
];
