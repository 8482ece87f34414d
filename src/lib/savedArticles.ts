import { useEffect, useState, useSyncExternalStore } from 'react';
import { z } from 'zod/mini';
import { apiUrl } from './apiClient';
import { SAVED_CACHE, type SavedMessage, type SavedReply } from './offlineCopy';

// The reader's saved articles (/sparat): a list on this device only, in localStorage
// (small, synchronous, and read the same way as drafts and reported comments). Each
// saved article is also stored for reading offline by the service worker.

const KEY = 'rattslaget:sparat';

const savedListSchema = z.array(z.object({ slug: z.string(), headline: z.string(), savedAt: z.string() }));
export type SavedArticle = z.infer<typeof savedListSchema>[number];

const listeners = new Set<() => void>();
/** Counts the service worker's answers, so that what is readable offline is looked up again. */
let workerAnswers = 0;
let cache: { raw: string | null; list: SavedArticle[] } = { raw: null, list: [] };

function readList(): SavedArticle[] {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    // Storage may be forbidden (some private windows): the list is empty.
  }
  if (raw !== cache.raw) {
    let parsed: unknown = [];
    try {
      parsed = raw ? JSON.parse(raw) : [];
    } catch {
      // Not ours, or damaged: read as empty.
    }
    const checked = savedListSchema.safeParse(parsed);
    cache = { raw, list: checked.success ? checked.data : [] };
  }
  return cache.list;
}

function writeList(list: SavedArticle[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(list));
  } catch {
    // Full or forbidden: nothing is saved, and the button shows that.
  }
  notify();
}

function notify(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever the list may have changed, here or in another tab. */
export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab saved or removed one.
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** The saved list, newest first; null while rendering on the server and hydrating (the server has no list). */
export function useSavedArticles(): SavedArticle[] | null {
  return useSyncExternalStore(subscribe, readList, () => null);
}

export function isSaved(slug: string): boolean {
  return readList().some((saved) => saved.slug === slug);
}

const articleApiUrl = (slug: string) => apiUrl(`/api/articles/${encodeURIComponent(slug)}`);

export function saveArticle(article: { slug: string; headline: string }): void {
  const rest = readList().filter((saved) => saved.slug !== article.slug);
  writeList([{ slug: article.slug, headline: article.headline, savedAt: new Date().toISOString() }, ...rest]);
  void tellWorker({ type: 'KEEP_SAVED', payload: { urls: [articleApiUrl(article.slug)] } });
}

export function removeSaved(slug: string): void {
  writeList(readList().filter((saved) => saved.slug !== slug));
  void tellWorker({ type: 'FORGET_SAVED', payload: { urls: [articleApiUrl(slug)] } });
}

/** Asks the app's service worker (production builds only) to store or drop saved articles; resolves when it has. */
async function tellWorker(message: SavedMessage): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.ready;
  const channel = new MessageChannel();
  const answered = new Promise<SavedReply>((resolve) => (channel.port1.onmessage = (event) => resolve(event.data as SavedReply)));
  registration.active?.postMessage(message, [channel.port2]);
  await answered;
  workerAnswers += 1;
  notify();
}

/** The slugs of saved articles whose copy the service worker holds; undefined until known. */
export function useReadableOffline(list: SavedArticle[] | null): Set<string> | undefined {
  const [readable, setReadable] = useState<Set<string>>();
  const answers = useSyncExternalStore(subscribe, () => workerAnswers, () => 0);
  useEffect(() => {
    if (!list) return;
    let current = true;
    const check = async () => {
      if (!('caches' in window)) return new Set<string>();
      const store = await caches.open(SAVED_CACHE);
      const held = await Promise.all(list.map(async ({ slug }) => ((await store.match(articleApiUrl(slug), { ignoreVary: true })) ? [slug] : [])));
      return new Set(held.flat());
    };
    check().then(
      (slugs) => current && setReadable(slugs),
      () => current && setReadable(new Set()),
    );
    return () => {
      current = false;
    };
  }, [list, answers]);
  return readable;
}
