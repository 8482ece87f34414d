import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { isApiError } from '../lib/apiError';
import { isStoreUnavailable } from './store/unavailable';
import type { ApiApp } from './api/respond';
import { DROP_CONNECTION } from './api/testSwitches';
import { compressResponses } from './compression';
import { mountDiscovery } from './discoveryRoutes';
import { jsonError } from './jsonError';
import { inPageScope } from './pageScope';
import { renderPage, type RenderOptions } from './render';
import { framedBySelfOnly, securityHeaders } from './securityHeaders';
import { mountNewsletterPages } from './newsletterPages';
import { mountNewsletterSignup } from './newsletterSignupRoute';
import { mountSettings } from './settingsRoutes';
import { serveFile, serveMedia, type loadStaticFiles } from './staticFiles';
import type { PageTemplate } from './template';

type StaticFiles = Awaited<ReturnType<typeof loadStaticFiles>>;

/** The newsroom's page, as its build writes it into the client folder. */
const NEWSROOM_PAGE = '/src/newsroom/index.html';
/** The editor's preview of a draft, in a frame of the newsroom's own page. */
const NEWSROOM_PREVIEW = '/redaktion/forhandsgranska';

export type AppOptions = {
  template: PageTemplate;
  routeAssets: RenderOptions['routeAssets'];
  /** The built app's files (assets, worker, manifest, icons). */
  clientFiles: StaticFiles;
  /** Our API over the store, and the photos under DATA_DIR/media; absent when API_BASE_URL points elsewhere. */
  embedded?: { api: ApiApp; mediaDir: string; describe: string; contentStamp: () => Promise<string>; movedTo: (slug: string) => Promise<string | undefined> };
  apiOrigin: string;
  /** The site's origin for every public URL: PUBLIC_ORIGIN, or the loopback address it listens on. */
  publicOrigin: () => string;
  /** PUBLIC_ORIGIN is https: browsers are told to use nothing else. */
  hsts: boolean;
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

/** The path and query as the client sent them, not decoded. */
const rawPath = (url: string) => url.slice(url.indexOf('/', url.indexOf('//') + 2));

/** The production server: files, our API, and every page rendered. */
export function createApp(options: AppOptions): Hono<{ Bindings: HttpBindings }> {
  const app = new Hono<{ Bindings: HttpBindings }>();
  const headers = { ...securityHeaders(options.apiOrigin), ...(options.hsts ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}) };

  app.use(async (c, next) => {
    const started = performance.now();
    await next();
    for (const [name, value] of Object.entries(headers)) c.res.headers.set(name, value);
    if (c.req.path === NEWSROOM_PREVIEW) framedBySelfOnly(c.res.headers);
    if (options.log) {
      const ms = (performance.now() - started).toFixed(1);
      // JSON lines with the path as received: an escaped line break or terminal code stays escaped.
      console.log(JSON.stringify({ method: c.req.method, path: rawPath(c.req.url), status: c.res.status, ms: Number(ms) }));
    }
  });
  app.use(compressResponses());
  app.use(async (c, next) => {
    if (hasMalformedEscape(c.req.url)) return jsonError(400, 'bad_request', 'Adressen innehåller en ogiltig %-kodning');
    return next();
  });

  app.onError((error, c) => {
    // The content API failed (a sitemap or feed needs it): try again later, not our bug.
    if (isApiError(error) || isStoreUnavailable(error)) {
      const answer = jsonError(503, 'unavailable', 'Innehållet kan inte hämtas just nu');
      answer.headers.set('Retry-After', '30');
      return answer;
    }
    console.error(`${c.req.method} ${c.req.path} failed:`, error);
    return jsonError(500, 'internal', 'Internt serverfel');
  });

  if (options.embedded) {
    const { api, mediaDir } = options.embedded;
    app.all('/api/*', async (c) => {
      const response = await api.fetch(c.req.raw, c.env);
      // The test switches' "network error": the connection is dropped, as a dead server's would be.
      if (response.headers.has(DROP_CONNECTION)) {
        c.env.incoming.socket.destroy();
        return new Response(null);
      }
      return response;
    });
    app.get('/media/:file', (c) => serveMedia(c, mediaDir, c.req.param('file')));
    // An article renamed after it was published: every earlier address answers 301 to the current one.
    app.get('/artikel/:slug', async (c, next) => {
      // Read before the page handler runs: after it, the request's parameters are that handler's.
      const slug = c.req.param('slug');
      await next();
      // Found under this address: done. Else (a 404, or the API's own 301 the page could not follow) it may have
      // been renamed after it was published: every earlier address answers 301.
      if (c.res.status < 400) return;
      const movedTo = await options.embedded?.movedTo(slug).catch((error: unknown) => {
        if (isStoreUnavailable(error)) return undefined;
        throw error;
      });
      if (movedTo) c.res = new Response(null, { status: 301, headers: { Location: `/artikel/${movedTo}${new URL(c.req.url).search}`, 'Cache-Control': 'public, max-age=300' } });
    });
  } else {
    app.all('/api/*', () => jsonError(404, 'not_found', 'API:t finns på API_BASE_URL, inte här'));
  }

  mountDiscovery(app, options.publicOrigin, options.embedded?.contentStamp);
  mountSettings(app, options.publicOrigin);
  if (options.embedded) mountNewsletterSignup(app, options.embedded.api, options.publicOrigin, (request) => inPageScope(request, () => renderPage(request, { template: options.template, routeAssets: options.routeAssets, origin: options.publicOrigin() })));
  mountNewsletterPages(app, (request) => inPageScope(request, () => renderPage(request, { template: options.template, routeAssets: options.routeAssets, origin: options.publicOrigin() })));

  // The newsroom (src/newsroom, built on its own): one page for every address under /redaktion,
  // rendered in the browser, for staff only: never stored, never indexed.
  app.on(['GET', 'HEAD'], ['/redaktion', '/redaktion/*'], (c) => {
    const page = options.clientFiles.get(NEWSROOM_PAGE);
    if (!page) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    const headers = { 'Content-Type': page.type, 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' };
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(page.body), { headers });
  });

  app.on(['GET', 'HEAD'], '*', async (c) => {
    const file = options.clientFiles.get(c.req.path);
    if (file) return serveFile(c, file);
    // A missing hashed file is a 404, never a page: a stale page must not get HTML for its script.
    if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404, { 'Cache-Control': 'no-store' });
    const origin = options.publicOrigin();
    return inPageScope(c.req.raw, () => renderPage(c.req.raw, { template: options.template, routeAssets: options.routeAssets, origin }));
  });

  app.all('*', () => jsonError(405, 'method_not_allowed', 'Metoden stöds inte här'));
  return app;
}
