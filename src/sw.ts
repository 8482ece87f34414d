/// <reference lib="webworker" />
// The app's service worker (production builds only; in dev MSW's worker owns the page).
// App code is precached; articles, data and pictures a reader has opened are kept
// for reading offline, and the articles a reader saved until they are removed. Only
// what the server allows is stored: never an answer marked no-store or private, never
// an error, anything but GET, or an API path reading offline does not need (comments).
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim, type WorkboxPlugin } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, NetworkOnly } from 'workbox-strategies';
import { isCachedApiRequest, isPictureAddress, isStaffAddress, isStorable } from './lib/cachePolicy';
import {
  OFFLINE_COPY_HEADER,
  SAVED_AT_HEADER,
  SAVED_CACHE,
  type SavedMessage,
  type SavedReply,
} from './lib/offlineCopy';

declare let self: ServiceWorkerGlobalScope;

const DAY = 24 * 60 * 60;
const API_PREFIX = new URL('/api/', import.meta.env.VITE_API_BASE_URL || self.location.origin).href;

// The newsroom (/redaktion, its code, /api/newsroom) is none of the worker's business: heard
// before any route is registered, its requests go to the network as if there were no worker,
// and nothing of it is ever stored or answered from a store.
self.addEventListener('fetch', (event) => {
  if (isStaffAddress(new URL(event.request.url), self.location.origin, API_PREFIX)) event.stopImmediatePropagation();
});

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
    { denylist: [/^\/api\//, /^\/media\//, /^\/redaktion(?:\/|$)/, /\/[^/]+\.[a-z0-9]+$/i] },
  ),
);

/** Only answers the server lets us keep: not marked no-store or private. */
const storableOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => (isStorable(response.headers) ? response : null),
};

async function stamped(response: Response): Promise<Response> {
  const headers = new Headers(response.headers);
  headers.set(SAVED_AT_HEADER, new Date().toISOString());
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers });
}

/**
 * Stamps what is stored with when, and marks what is answered from the store as a saved
 * copy; an answer not in the reading store may be in the saved articles' store.
 */
const offlineCopy: WorkboxPlugin = {
  cacheWillUpdate: ({ response }) => stamped(response),
  async cachedResponseWillBeUsed({ request, cachedResponse }) {
    const copy = cachedResponse ?? (await (await caches.open(SAVED_CACHE)).match(request, { ignoreVary: true }));
    if (!copy) return null;
    const headers = new Headers(copy.headers);
    headers.set(OFFLINE_COPY_HEADER, copy.headers.get(SAVED_AT_HEADER) ?? '');
    return new Response(await copy.blob(), { status: copy.status, headers });
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
      storableOnly,
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
      storableOnly,
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
      storableOnly,
      new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 60 * DAY, purgeOnQuotaError: true }),
    ],
  }),
);

// Saved articles (/sparat): stored at once, with their charts' data and the masthead's
// sections, under the same rules as everything else, and kept until the reader removes them.
const ARTICLE_PATH = /^\/api\/articles\/[^/]+$/;
const apiAddress = (path: string) => new URL(path, API_PREFIX).href;

/** The statistics an article's charts draw, read from its body's chart blocks. */
async function chartData(article: Response): Promise<string[]> {
  const data: unknown = await article.clone().json().catch(() => null);
  const body = (data as { body?: unknown } | null)?.body;
  if (!Array.isArray(body)) return [];
  return body
    .filter((block): block is { type: 'chart'; statsId: string } => block?.type === 'chart' && typeof block.statsId === 'string')
    .map((block) => apiAddress(`stats/${encodeURIComponent(block.statsId)}`));
}

async function keepSaved(urls: string[]): Promise<string[]> {
  const cache = await caches.open(SAVED_CACHE);
  const queue = [...urls, apiAddress('sections')];
  const kept: string[] = [];
  for (const [index, url] of queue.entries()) {
    if (queue.indexOf(url) !== index || !isCachedApiRequest(new URL(url), 'GET', API_PREFIX)) continue;
    const response = await fetch(url).catch(() => undefined);
    if (!response || response.status !== 200 || !isStorable(response.headers)) continue;
    if (ARTICLE_PATH.test(new URL(url).pathname)) queue.push(...(await chartData(response)));
    await cache.put(url, await stamped(response));
    kept.push(url);
  }
  return kept;
}

/** Removes saved articles, then whatever no remaining saved article needs. */
async function forgetSaved(urls: string[]): Promise<string[]> {
  const cache = await caches.open(SAVED_CACHE);
  const removed = [];
  for (const url of urls) if (await cache.delete(url)) removed.push(url);
  const keys = await cache.keys();
  const articles = keys.filter((request) => ARTICLE_PATH.test(new URL(request.url).pathname));
  const needed = new Set(articles.map((request) => request.url));
  if (articles.length > 0) needed.add(apiAddress('sections'));
  for (const request of articles) {
    const response = await cache.match(request);
    if (response) for (const url of await chartData(response)) needed.add(url);
  }
  await Promise.all(keys.filter((request) => !needed.has(request.url)).map((request) => cache.delete(request)));
  return removed;
}

function isSavedMessage(data: unknown): data is SavedMessage {
  const message = data as Partial<SavedMessage> | null;
  return (
    (message?.type === 'KEEP_SAVED' || message?.type === 'FORGET_SAVED') &&
    Array.isArray(message.payload?.urls) &&
    message.payload.urls.every((url) => typeof url === 'string' && URL.canParse(url))
  );
}

self.addEventListener('message', (event) => {
  if (!isSavedMessage(event.data)) return;
  const { type, payload } = event.data;
  const work = (type === 'KEEP_SAVED' ? keepSaved(payload.urls) : forgetSaved(payload.urls)).then(
    (urls): SavedReply => ({ urls }),
    (): SavedReply => ({ urls: [] }),
  );
  event.waitUntil(work.then((reply) => event.ports[0]?.postMessage(reply)));
});
