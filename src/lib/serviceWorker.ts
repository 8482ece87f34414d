import type { DataRouter } from 'react-router';
import { isCachedApiRequest, isPictureAddress } from './cachePolicy';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * An API path's address, as the API client makes it (src/lib/apiClient.ts). Not imported from
 * there: this module loads on every page once it is idle, and the client would bring the app's
 * shell and libraries with it.
 */
function apiUrl(path: string): string {
  const base = import.meta.env.VITE_API_BASE_URL || location.origin;
  return new URL(path, base.endsWith('/') ? base : `${base}/`).toString();
}

/** The app's router, once the app runs; a new version's first page is then loaded in full. */
let appRouter: DataRouter | undefined;
let updated = false;
let registered: Promise<void> | undefined;

/** Called by the app when it starts: from then on, a new worker makes the next in-app page a full load. */
export function followUpdates(router: DataRouter): void {
  appRouter = router;
  if (updated) reloadOnNextNavigation(router);
}

/**
 * Registers the app's service worker (production builds; `sw.ts`) with the API reads the page
 * was rendered from (its page state's `apiPaths`), once per page, whether
 * or not the app has started: a reader who only reads gets the article kept offline too.
 * A new version takes over as soon as it is installed; the page on screen is left alone,
 * and the next page the reader opens is loaded in full (a server page is anyway; in the
 * app, see followUpdates), so it is the new version.
 */
export function registerServiceWorker(apiPaths: string[]): Promise<void> {
  registered ??= register(apiPaths.map(apiUrl));
  return registered;
}

async function register(renderedFrom: string[]): Promise<void> {
  const { serviceWorker } = navigator;
  const laterPage = Boolean(serviceWorker.controller);
  let controlled = laterPage;
  serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) {
      updated = true;
      if (appRouter) reloadOnNextNavigation(appRouter);
      return;
    }
    controlled = true;
    // First install: what this page loaded before the worker ran is stored now (the
    // API answers the server rendered it from, its pictures), so the article the
    // reader opened is there offline too.
    const urlsToCache = [...new Set([...renderedFrom, ...loadedBeforeWorker()])];
    serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache } });
  });
  const registration = await serviceWorker.register('/sw.js', { scope: '/' });
  // A later page: the worker is in charge, but this page's data came with its HTML, not
  // through the worker, so it is asked to keep that too.
  if (laterPage) serviceWorker.controller?.postMessage({ type: 'CACHE_URLS', payload: { urlsToCache: renderedFrom } });
  // Readers keep a tab open for days: look for a new version when they come back to it.
  let lastCheck = Date.now();
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState !== 'visible' || Date.now() - lastCheck < UPDATE_CHECK_INTERVAL_MS) return;
    lastCheck = Date.now();
    registration.update().catch(() => {});
  });
}

/** API reads and pictures this page fetched so far, by address. */
function loadedBeforeWorker(): string[] {
  const apiPrefix = apiUrl('/api/');
  const urls = performance
    .getEntriesByType('resource')
    .filter((entry): entry is PerformanceResourceTiming => 'initiatorType' in entry)
    .filter(({ name, initiatorType }) => {
      const url = new URL(name);
      // Pictures by address: the hero is fetched by a preload link, not by its <img>.
      return isPictureAddress(url, location.origin) || (initiatorType === 'fetch' && isCachedApiRequest(url, 'GET', apiPrefix));
    })
    .map(({ name }) => name);
  return [...new Set(urls)];
}

let reloadPending = false;

function reloadOnNextNavigation(router: DataRouter): void {
  if (reloadPending) return;
  reloadPending = true;
  router.subscribe(({ navigation }) => {
    // A new page, not a chart setting changed in the query string of the one on screen.
    if (navigation.state !== 'loading' || !navigation.location || navigation.location.pathname === window.location.pathname) return;
    const { pathname, search, hash } = navigation.location;
    window.location.assign(pathname + search + hash);
  });
}
