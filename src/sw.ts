/// <reference lib="webworker" />
// The app's service worker (production builds only; in dev MSW's worker owns the page).
// App code is precached; articles, data and pictures a reader has opened are kept
// for reading offline. Errors and anything but GET are never stored.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { isCachedApiRequest, isPictureAddress, OFFLINE_COPY_HEADER, SAVED_AT_HEADER } from './lib/offlineCopy';

declare let self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const API_PREFIX = new URL('/api/', import.meta.env.VITE_API_BASE_URL || self.location.origin).href;

// A new version takes over at once: the next page load or route code it fetches is the new app.
void self.skipWaiting();
clientsClaim();

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// Pages come from the server (its HTML is complete, with the latest data); when the
// network fails, the app's shell from the precache renders the page in the browser
// from the API answers kept for offline reading.
const appShell = createHandlerBoundToURL('/shell.html');
const pages = new NetworkOnly({ networkTimeoutSeconds: 6 });
registerRoute(
  new NavigationRoute(
    async (options) => {
      try {
        return await pages.handle(options);
      } catch {
        return appShell(options);
      }
    },
    { denylist: [/^\/api\//, /^\/media\//, /\/[^/]+\.[a-z0-9]+$/i] },
  ),
);

/** Stamps what is stored with when, and marks what is answered from the store as a saved copy. */
const offlineCopy: WorkboxPlugin = {
  async cacheWillUpdate({ response }) {
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, new Date().toISOString());
    return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
  },
  async cachedResponseWillBeUsed({ cachedResponse }) {
    if (!cachedResponse) return cachedResponse;
    const headers = new Headers(cachedResponse.headers);
    headers.set(OFFLINE_COPY_HEADER, cachedResponse.headers.get(SAVED_AT_HEADER) ?? '');
    return new Response(await cachedResponse.blob(), { status: cachedResponse.status, headers });
  },
};

// API reads: the network first (a slow one is given 4 s), the last good answer when it fails.
registerRoute(
  ({ url, request }) => isCachedApiRequest(url, request.method, API_PREFIX),
  new NetworkFirst({
    cacheName: 'api',
    networkTimeoutSeconds: 4,
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 300, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
      offlineCopy,
    ],
  }),
);

// Pictures do not change once published. (By address too: pictures the page loaded
// before the worker ran are sent to it as plain requests, see lib/serviceWorker.ts.)
registerRoute(
  ({ url, request }) => request.destination === 'image' || isPictureAddress(url, self.location.origin),
  new CacheFirst({
    cacheName: 'images',
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 30 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

// Code that is not precached (the chart library): hashed names never change content.
registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/') && request.method === 'GET',
  new CacheFirst({
    cacheName: 'assets',
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);
