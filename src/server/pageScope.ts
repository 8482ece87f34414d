import { AsyncLocalStorage } from 'node:async_hooks';
import { withOnePageOfReads } from './store/contentCache';

/** The page request being rendered, and the API reads made for it. */
type PageScope = { request: Request; apiPaths: string[] };

const scope = new AsyncLocalStorage<PageScope>();

export function inPageScope<T>(request: Request, render: () => Promise<T>): Promise<T> {
  return scope.run({ request, apiPaths: [] }, () => withOnePageOfReads(render));
}

export function currentPage(): PageScope | undefined {
  return scope.getStore();
}

type Transport = (url: string, init: RequestInit) => Promise<Response>;

/**
 * Notes each API read a page's render makes: the page lists them, so the browser's
 * service worker can keep the same answers for reading the page offline.
 */
export function recordingTransport(inner: Transport): Transport {
  return (url, init) => {
    const { pathname, search } = new URL(url);
    currentPage()?.apiPaths.push(pathname + search);
    return inner(url, init);
  };
}
