// The service worker stamps API answers it stores, and marks the ones it answers
// from its store (offline, or the network too slow) so the page can say so.
export const SAVED_AT_HEADER = 'X-Saved-At';
export const OFFLINE_COPY_HEADER = 'X-Offline-Copy';

/** The worker's store of articles the reader saved (the list at /sparat); kept until removed. */
export const SAVED_CACHE = 'saved';

/** Messages the app sends the worker about saved articles; it answers on the message's port. */
export type SavedMessage = { type: 'KEEP_SAVED' | 'FORGET_SAVED'; payload: { urls: string[] } };
/** The worker's answer: which of the addresses it now holds (KEEP) or dropped (FORGET). */
export type SavedReply = { urls: string[] };

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
