// What the service worker may keep, apart from the page's own offline-copy state
// (offlineCopy.ts), so that the worker's rules load with its registration, not with every page.

// What reading offline needs: articles and their lists, sections, topics, writers and
// statistics. Never comments (other readers' words, and they change), the mock's
// switches, or anything a reader sends.
const READING_PATH = /^\/api\/(?:articles(?:\/[^/]+)?|sections|tags\/[^/]+|authors\/[^/]+|stats(?:\/[^/]+)?)$/;

/** The newsroom's pages, code and API: staff-only, never kept or answered from a store. */
const STAFF_PATH = /^\/(?:redaktion(?:\/|$)|api\/newsroom(?:\/|$)|assets\/newsroom\/)/;

/** Whether `url` is the newsroom's (on the app's origin or the API's): the worker passes it to the network, untouched. */
export function isStaffAddress(url: URL, appOrigin: string, apiPrefix: string): boolean {
  return (url.origin === appOrigin || url.href.startsWith(apiPrefix)) && STAFF_PATH.test(url.pathname);
}

/** API reads the service worker keeps: GETs under the API's /api/ that reading offline needs. */
export function isCachedApiRequest(url: URL, method: string, apiPrefix: string): boolean {
  return method === 'GET' && url.href.startsWith(apiPrefix) && READING_PATH.test(url.pathname);
}

/** Whether an answer may be stored at all: never one marked no-store or private. */
export function isStorable(headers: Headers): boolean {
  const directives = (headers.get('Cache-Control') ?? '').toLowerCase().split(',').map((part) => part.trim().split('=')[0]);
  return !directives.includes('no-store') && !directives.includes('private');
}

/** A picture file, other than the app's own (precached) assets. */
export function isPictureAddress(url: URL, appOrigin: string): boolean {
  const own = url.origin === appOrigin && (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/icons/'));
  return !own && /\.(avif|webp|jpe?g|png|gif)$/i.test(url.pathname);
}
