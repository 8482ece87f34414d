// The article request that src/early.ts started before the app's code had loaded.

type EarlyWindow = Window & { __earlyRequests?: Map<string, Promise<Response>> };

/** The response of a GET already under way for this URL, handed out once; else undefined. */
export function takeEarlyRequest(url: string): Promise<Response> | undefined {
  const requests = (globalThis as unknown as Partial<EarlyWindow>).__earlyRequests;
  const response = requests?.get(url);
  requests?.delete(url);
  return response;
}

/** Waits for `promise`, or rejects as soon as `signal` aborts (the request itself runs on). */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    promise.then(resolve, reject);
  });
}
