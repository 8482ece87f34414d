import { hydrate } from '@tanstack/react-query';
import { createBrowserRouter, matchRoutes, type DataRouter, type RouteObject } from 'react-router';
import { createQueryClient } from '../lib/queryClient';
import { readPageState, routerHydrationData, type PageState } from './pageState';
import { createRoutes } from './routeTree';

/**
 * The code of the routes the server rendered, loaded before hydrating: with it in
 * place the router's first render is the server's page, not a loading fallback.
 */
async function loadMatchedRoutes(tree: RouteObject[]): Promise<void> {
  for (const { route } of matchRoutes(tree, window.location) ?? []) {
    const lazy = route.lazy;
    if (!lazy || typeof lazy === 'function') continue;
    const entries = Object.entries(lazy) as [keyof RouteObject, () => Promise<unknown>][];
    const loaded = await Promise.all(entries.map(async ([key, load]) => [key, await load()] as const));
    Object.assign(route, Object.fromEntries(loaded), { lazy: undefined });
  }
}

/**
 * The app's one router and query cache, created once by main.tsx. With a
 * server-rendered page, the cache starts with the server's data (before any loader
 * could ask again) and the router with its state, so hydration renders that page.
 * (Not at module scope: the route modules import shared code that this module is
 * part of, and a top-level await on them would wait for itself.)
 */
export async function createAppRouter(): Promise<{ router: DataRouter; queryClient: ReturnType<typeof createQueryClient>; pageState: PageState | undefined }> {
  const pageState = readPageState(document);
  const queryClient = createQueryClient();
  if (pageState) hydrate(queryClient, pageState.queries);
  const routes = createRoutes(queryClient);
  if (pageState) await loadMatchedRoutes(routes);
  const router = createBrowserRouter(routes, { hydrationData: pageState && routerHydrationData(pageState) });
  return { router, queryClient, pageState };
}
