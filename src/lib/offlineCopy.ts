// The service worker stamps API answers it stores, and marks the ones it answers
// from its store (offline, or the network too slow) so the page can say so.
export const SAVED_AT_HEADER = 'X-Saved-At';
export const OFFLINE_COPY_HEADER = 'X-Offline-Copy';

/** API reads the service worker keeps: GETs under the API's /api/, not the mock's controls. */
export function isCachedApiRequest(url: URL, method: string, apiPrefix: string): boolean {
  return method === 'GET' && url.href.startsWith(apiPrefix) && !url.pathname.startsWith('/api/__mock');
}

/** A picture file, other than the app's own (precached) assets. */
export function isPictureAddress(url: URL, appOrigin: string): boolean {
  const own = url.origin === appOrigin && (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/'));
  return !own && /\.(avif|webp|jpe?g|png|gif)$/i.test(url.pathname);
}

/** When each API path last answered from the saved copy ('' = time unknown); absent = fresh. */
const savedCopies = new Map<string, string>();
const listeners = new Set<() => void>();

/** Called by the API client for every answer it accepts. */
export function noteOfflineCopy(path: string, headers: Headers): void {
  const savedAt = headers.get(OFFLINE_COPY_HEADER);
  if (savedAt === null ? !savedCopies.has(path) : savedCopies.get(path) === savedAt) return;
  if (savedAt === null) savedCopies.delete(path);
  else savedCopies.set(path, savedAt);
  for (const listener of listeners) listener();
}

export function subscribeOfflineCopies(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The time an API path's data was saved if the last answer was a saved copy, else undefined. */
export function offlineCopySavedAt(path: string): string | undefined {
  return savedCopies.get(path);
}

/** Whether any data on show came from a saved copy (so it should be fetched again when online). */
export function hasOfflineCopies(): boolean {
  return savedCopies.size > 0;
}
