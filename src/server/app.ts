import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { isApiError } from '../lib/apiError';
import { apiGuards, type GuardOptions } from './apiGuards';
import { compressResponses } from './compression';
import { mountDiscovery } from './discoveryRoutes';
import type { EmbeddedAnswer } from './embeddedApi';
import { jsonError } from './jsonError';
import { inPageScope } from './pageScope';
import { renderPage, type RenderOptions } from './render';
import { securityHeaders } from './securityHeaders';
import { mountSettings } from './settingsRoutes';
import { serveFile, type loadStaticFiles } from './staticFiles';
import type { PageTemplate } from './template';

type StaticFiles = Awaited<ReturnType<typeof loadStaticFiles>>;

export type AppOptions = {
  template: PageTemplate;
  routeAssets: RenderOptions['routeAssets'];
  /** The built app's files (assets, worker, manifest, icons). */
  clientFiles: StaticFiles;
  /** The embedded API and its demo photos; absent when API_BASE_URL points elsewhere. */
  embedded?: {
    answer: (request: Request) => Promise<EmbeddedAnswer>;
    media: StaticFiles;
    guards: GuardOptions;
  };
  apiOrigin: string;
  publicOrigin: string | undefined;
  log: boolean;
};

/** A path with a broken %-escape cannot name anything here (and would trip every decoder after it). */
function hasMalformedEscape(rawUrl: string): boolean {
  try {
    decodeURIComponent(new URL(rawUrl).pathname);
    return false;
  } catch {
    return true;
  }
}

/** The production server: files, the embedded API, and every page rendered. */
export function createApp(options: AppOptions): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const headers = securityHeaders(options.apiOrigin);

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    if (options.log) {
      const ms = (performance.now() - started).toFixed(1);
      console.log(`${c.req.method} ${c.req.path} ${c.res.status} ${ms} ms`);
    }
  });
  app.use(compressResponses());
  app.use(async (c, next) => {
    if (hasMalformedEscape(c.req.url)) return jsonError(400, 'bad_request', 'Adressen innehåller en ogiltig %-kodning');
    return next();
  });

  app.onError((error, c) => {
    // The content API failed (a sitemap or feed needs it): try again later, not our bug.
    if (isApiError(error)) {
      const answer = jsonError(503, 'unavailable', 'Innehållet kan inte hämtas just nu');
      answer.headers.set('Retry-After', '30');
      return answer;
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return jsonError(500, 'internal', 'Internt serverfel');
  });

  if (options.embedded) {
    const { answer, media, guards } = options.embedded;
    app.use('/api/*', ...apiGuards(guards));
    app.all('/api/*', async (c) => {
      const result = await answer(c.req.raw);
      if ('dropConnection' in result) {
        c.env.incoming.socket.destroy();
        return new Response(null);
      }
      return result.response;
    });
    app.get('/media/*', (c) => {
      const file = media.get(c.req.path);
      return file ? serveFile(c, file) : c.notFound();
    });
  } else {
    app.all('/api/*', () => jsonError(404, 'not_found', 'API:t finns på API_BASE_URL, inte här'));
  }

  mountDiscovery(app, options.publicOrigin);
  mountSettings(app, options.publicOrigin);

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const file = options.clientFiles.get(c.req.path);
    if (file) return serveFile(c, file);
    // A missing hashed file is a 404, never a page: a stale page must not get HTML for its script.
    if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    const origin = options.publicOrigin ?? new URL(c.req.url).origin;
    return inPageScope(c.req.raw, () => renderPage(c.req.raw, { template: options.template, routeAssets: options.routeAssets, origin }));
  });

  app.all('*', () => jsonError(405, 'method_not_allowed', 'Metoden stöds inte här'));
  return app;
}
