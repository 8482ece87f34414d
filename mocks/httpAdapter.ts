import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { handlers } from './handlerList.ts';

type Next = (error?: unknown) => void;

/**
 * Connect middleware that answers `/api/*` from the same MSW handlers over real
 * HTTP, for `npm start` and `npm run preview`. Anything else goes to `next`.
 */
export function mockApiMiddleware() {
  return async (req: IncomingMessage, res: ServerResponse, next: Next) => {
    if (!req.url?.startsWith('/api/')) return next();
    try {
      const url = new URL(req.url, `http://${req.headers.host ?? '127.0.0.1'}`);
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers.set(name, value);
        else if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
      }
      const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
      const request = new Request(url, {
        method: req.method,
        headers,
        body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: hasBody ? 'half' : undefined,
      } as RequestInit);
      const response = await getResponse(handlers, request);
      if (!response) {
        res.writeHead(404, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'not_found', message: 'Okänd API-adress' } }));
        return;
      }
      if (response.type === 'error') {
        // The mock's "network error": drop the connection, as a dead server would.
        req.socket.destroy();
        return;
      }
      const outHeaders: Record<string, string | string[]> = { 'Cache-Control': 'no-store' };
      response.headers.forEach((value, name) => {
        if (name !== 'set-cookie') outHeaders[name] = value;
      });
      const cookies = response.headers.getSetCookie();
      if (cookies.length) outHeaders['set-cookie'] = cookies;
      res.writeHead(response.status, outHeaders);
      res.end(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      next(error);
    }
  };
}
