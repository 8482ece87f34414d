// The app: the router and query cache, hydrating the server's page (or rendering it in
// dev and in the static fallback), and the service worker. Loaded by src/main.tsx.
import { QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createAppRouter } from './router';
import { releaseApiRequests } from '../lib/apiClient';
import { loadHyphenation } from '../lib/hyphenate';
import { closeIslands } from '../lib/islandRoots';
import { keepServerParts, releaseServerParts } from '../components/StaticPart';
import { isInAppLink } from './bootOnIntent';
import { SiteSettingsProvider } from '../lib/siteSettings';
import { applyTheme, readTheme } from '../lib/theme';

// From here the app hydrates what is left of the page; the islands already hydrated keep their parts.
closeIslands();

// In dev without a real API, MSW's worker answers /api: started by mocks/devStart.ts, which
// Vite puts in the page in dev only (vite.config.ts). A build has neither.
await (globalThis as { devApiReady?: Promise<unknown> }).devApiReady;
releaseApiRequests();

const { router, queryClient, pageState } = await createAppRouter();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Production only: the app's own worker (registered by main.tsx once the page has loaded) follows the app's navigation. */
function followServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('../lib/serviceWorker').then(({ followUpdates }) => followUpdates(router));
}

// The server's page is hydrated with the settings it was rendered with; without one
// (dev, or an address the static export did not write) the browser renders alone.
const settings = pageState ?? { origin: window.location.origin, theme: readTheme() };
if (!pageState) applyTheme(settings.theme);

/**
 * Marks the page as the app once React has committed it: hydration is a transition and
 * ends some slices after it starts. Browser tests wait for this before they use the page
 * as an app (in-app links, shortcuts, forms). Renders nothing, so the server's markup holds.
 */
function Started() {
  useEffect(() => {
    document.documentElement.dataset.app = 'started';
  }, []);
  return null;
}

const app = (
  <StrictMode>
    <Started />
    <SiteSettingsProvider value={{ origin: settings.origin, theme: settings.theme }}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </SiteSettingsProvider>
  </StrictMode>
);

followServiceWorker();

/**
 * The links React does not render (in the server's text the app left as it is, and in
 * islands, which have no router) move within the app as its own links do: a plain press on
 * a link to another page of the app is the router's (one with a modifier key, to a new window,
 * a download or a place on the same page is the browser's).
 */
function routeServerLinks(): void {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (!isInAppLink(event.target)) return;
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[href]');
    // Only where React renders no link of its own; a file (a feed, a CSV, a picture) is the server's.
    if (!link?.closest('[data-static], [data-island]')) return;
    const to = new URL(link.href);
    if (/\.[a-z0-9]+$/i.test(to.pathname)) return;
    event.preventDefault();
    void router.navigate(to.pathname + to.search + to.hash);
  });
}

// The server's page keeps its text (components/StaticPart) until the reader moves on.
if (pageState) {
  keepServerParts(document);
  const first = router.state.location;
  const unsubscribe = router.subscribe((state) => {
    if (state.location === first) return;
    releaseServerParts();
    unsubscribe();
  });
}
routeServerLinks();
// The app starts when the reader means to move: the next page it renders hyphenates its
// words with the patterns, fetched once the browser is idle (never competing with hydration).
if ('requestIdleCallback' in window) requestIdleCallback(() => void loadHyphenation(), { timeout: 3_000 });
else setTimeout(() => void loadHyphenation(), 1_000);

// Hydrating as a transition lets React work in slices of a few milliseconds and give the
// browser the main thread in between (a plain hydration is one long task, which a phone
// feels as a page that does not answer); a click meanwhile is replayed once its part is hydrated.
if (pageState) startTransition(() => void hydrateRoot(root, app));
else createRoot(root).render(app);
