import type { HttpBindings } from '@hono/node-server';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { paths } from '../lib/paths';
import { jsonError } from './jsonError';

type Env = { Bindings: HttpBindings };

/** The page's button and a mail provider's one-click send a field or two; anything longer is not ours. */
const MAX_BODY_BYTES = 2048;
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * The pages a newsletter e-mail's links open (/nyhetsbrev/bekrafta, /nyhetsbrev/avsluta):
 * rendered like every page, but never stored or indexed (they name an address), and their
 * form posts answered by the route's action. A post needs no same-origin check: the signed
 * token in the address is what allows it, and mail providers' one-click posts (RFC 8058,
 * `List-Unsubscribe=One-Click`, with no Origin) come from elsewhere by design.
 */
export function mountNewsletterPages(app: Hono<Env>, render: (request: Request) => Promise<Response>): void {
  const pages = [paths.newsletterConfirm, paths.newsletterLeave];
  const privately = async (request: Request) => {
    const response = await render(request);
    response.headers.set('Cache-Control', 'no-store');
    response.headers.set('X-Robots-Tag', 'noindex');
    response.headers.delete('Vary');
    return response;
  };
  app.on(['GET', 'HEAD'], pages, (c) => privately(c.req.raw));
  app.on(
    'POST',
    pages,
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: () => jsonError(413, 'payload_too_large', 'Formuläret är för stort', { Connection: 'close' }) }),
    (c) => {
      const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase() ?? '';
      if (!FORM_TYPES.includes(type)) return jsonError(415, 'unsupported_media_type', 'Skicka formuläret som ett formulär');
      return privately(c.req.raw);
    },
  );
}
