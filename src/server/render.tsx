import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider, type StaticHandlerContext } from 'react-router';
import { createPageState } from '../app/pageState';
import { PAGE_STATE_ID } from '../app/pageStateId';
import { createRoutes } from '../app/routeTree';
import { HYPHENATION_ID, loadHyphenation, recordHyphenation } from '../lib/hyphenate';
import { createQueryClient } from '../lib/queryClient';
import { scriptJson } from '../lib/scriptJson';
import { SiteSettingsProvider } from '../lib/siteSettings';
import { textSizeFromCookieHeader } from '../lib/textSize';
import { themeFromCookieHeader } from '../lib/theme';
import { currentPage } from './pageScope';
import { styleTags } from './routeAssets';
import type { PageTemplate } from './template';

/** A CDN may keep a page a minute and serve it stale for ten while it fetches a fresh one. */
const SHARED_PAGE_CACHE = 'public, max-age=0, s-maxage=60, stale-while-revalidate=600';
/** Seconds a reader (or crawler) is asked to wait after the API failed. */
const RETRY_AFTER_SECONDS = 30;

// React puts the <title>, <meta> and <link> elements a page renders first in its output.
const LEADING_HEAD_TAGS = /^(?:<title>[^<]*<\/title>|<meta [^>]*\/>|<link [^>]*\/>)+/;

function statusOf(errors: Record<string, unknown> | null): number {
  const found = Object.values(errors ?? {});
  if (found.length === 0) return 200;
  if (found.some((error) => isRouteErrorResponse(error) && error.status === 404)) return 404;
  if (found.some((error) => isRouteErrorResponse(error) && error.status === 410)) return 410;
  // The API failed (or the page did): the page says so with a retry, and HTTP says try later.
  return 503;
}

export type RenderOptions = { template: PageTemplate; routeAssets: (context: StaticHandlerContext) => string[]; origin: string };

/**
 * Renders one page: the app's own loaders fill a fresh query cache, the route tree
 * renders to HTML, and the cache and router state go into the page for hydration.
 */
export async function renderPage(request: Request, { template, routeAssets, origin }: RenderOptions): Promise<Response> {
  const queryClient = createQueryClient({ retry: false });
  const handler = createStaticHandler(createRoutes(queryClient));
  const context = await handler.query(request);
  // A loader's redirect goes out as it is.
  if (context instanceof Response) return context;

  const theme = themeFromCookieHeader(request.headers.get('Cookie'));
  const textSize = textSizeFromCookieHeader(request.headers.get('Cookie'));
  const router = createStaticRouter(handler.dataRoutes, context);
  await loadHyphenation();
  // The words hyphenated for this page go with it: the browser hydrates from them without the patterns.
  const [rendered, hyphenated] = recordHyphenation(() =>
    renderToString(
      <StrictMode>
        <SiteSettingsProvider value={{ origin, theme, textSize }}>
          <QueryClientProvider client={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </QueryClientProvider>
        </SiteSettingsProvider>
      </StrictMode>,
    ),
  );
  const hoisted = LEADING_HEAD_TAGS.exec(rendered)?.[0] ?? '';
  const state = createPageState(context, queryClient, { theme, origin, apiPaths: currentPage()?.apiPaths ?? [] });
  queryClient.clear();

  const status = statusOf(context.errors);
  const headers = new Headers({ 'Content-Type': 'text/html; charset=utf-8' });
  if (status === 503) {
    headers.set('Cache-Control', 'no-store');
    headers.set('Retry-After', String(RETRY_AFTER_SECONDS));
  } else if (status === 410) {
    // Taken down: said for a short while, in case it is put back.
    headers.set('Cache-Control', 'public, max-age=60, s-maxage=60');
  } else if (theme !== 'system' || textSize !== 'normal') {
    // Rendered for one reader's theme or text size: not for a shared cache.
    headers.set('Cache-Control', 'private, no-cache');
  } else {
    headers.set('Cache-Control', SHARED_PAGE_CACHE);
  }
  headers.set('Vary', 'Cookie');
  const html = template.render({
    head: styleTags(routeAssets(context)) + hoisted,
    body: rendered.slice(hoisted.length),
    state:
      `<script type="application/json" id="${PAGE_STATE_ID}">${scriptJson(state)}</script>` +
      (hyphenated.length ? `<script type="application/json" id="${HYPHENATION_ID}">${scriptJson(hyphenated)}</script>` : ''),
    theme,
  });
  return new Response(html, { status, headers });
}
