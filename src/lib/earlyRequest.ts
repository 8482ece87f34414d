// The article request that src/early.ts started before the app's code had loaded.

type EarlyRequest = { response: Promise<Response>; controller: AbortController };
type EarlyWindow = Window & { __earlyRequests?: Map<string, EarlyRequest> };

/**
 * The response of a GET already under way for this URL, handed out once, else
 * undefined. `signal` aborting (a timeout, or the caller) aborts that request too.
 */
export function takeEarlyRequest(url: string, signal: AbortSignal): Promise<Response> | undefined {
  const requests = (globalThis as unknown as Partial<EarlyWindow>).__earlyRequests;
  const early = requests?.get(url);
  if (!early) return undefined;
  requests?.delete(url);
  if (signal.aborted) early.controller.abort();
  else signal.addEventListener('abort', () => early.controller.abort(), { once: true });
  return early.response;
}
