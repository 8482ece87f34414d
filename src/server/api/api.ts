import { Hono } from 'hono';
import contract from '../../api/openapi.json';
import type { SearchService } from '../search/searchService';
import { isStoreUnavailable } from '../store/unavailable';
import type { Store } from '../store/store';
import { articleRoutes } from './articles';
import { commentRoutes } from './comments';
import { clientAddressReader, postGuards, rateLimiters, type GuardOptions } from './guards';
import { linkSigner, newsletterRoutes } from './newsletter';
import { readerMailRoutes, type MailOptions } from './readerMail';
import { newsroomArticleRoutes } from './newsroom/articles';
import { newsroomAuthorRoutes } from './newsroom/authors';
import { newsroomCommentRoutes } from './newsroom/comments';
import { newsroomMediaRoutes } from './newsroom/media';
import { newsroomStatsRoutes } from './newsroom/stats';
import { newsroomNewsletterRoutes } from './newsroom/newsletter';
import { newsroomSubscriberRoutes } from './newsroom/subscribers';
import { sessionRoutes } from './newsroom/session';
import { newsroomStaffRoutes } from './newsroom/staffAccounts';
import { apiError, type ApiApp, type ApiEnv } from './respond';
import { searchRoutes } from './search';
import { DROP_CONNECTION, testSwitches } from './testSwitches';

export type ApiOptions = {
  store: Store;
  search: SearchService;
  guards: GuardOptions;
  /** The site's origin for links in e-mail, and who to tell when mail is queued (the sender sweeps anyway). */
  mail?: MailOptions;
  /** How many different readers' reports hide a comment until a moderator decides (REPORT_HIDE_THRESHOLD). */
  hideThreshold?: number;
  /** The test switches (MOCK_SWITCHES=1), with what resetting means. */
  switches?: { env: NodeJS.ProcessEnv; reset: () => Promise<void> };
  /** Where uploaded photos' variants are written (DATA_DIR/media); without it uploads are refused. */
  mediaDir?: string;
};


/**
 * Our API, at /api: the contract's paths (src/api/openapi.json), matched exactly (case and
 * trailing slash included), each answering from the store. Anything else is a 404, and a
 * post to anything else still counts against a default rate limit.
 */
export function createApi(options: ApiOptions): ApiApp {
  const { store } = options;
  const api = new Hono<ApiEnv>({ strict: true });
  const limit = rateLimiters(options.guards);
  const secureCookies = options.guards.publicOrigin?.startsWith('https:') ?? false;

  // The test switches come first: their own posts (fixed answers for the tests) are larger than a reader's.
  if (options.switches) testSwitches(api, options.switches);
  api.use('/api/*', ...postGuards(options.guards));

  api.use('/api/*', async (c, next) => {
    await next();
    // A read may be kept (the service worker's offline copy) but is checked again each time;
    // posts and errors are never stored anywhere.
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', (c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.status === 200 ? 'no-cache' : 'no-store');
  });
  api.post('/api/articles/:slug/comments', limit.comments);
  api.post('/api/articles/:slug/tips', limit.tips);
  api.post('/api/newsletter/subscriptions', limit.subscriptions);
  api.post('/api/comments/:id/reports', limit.reports);

  articleRoutes(api, store);
  commentRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy), secureCookies, hideThreshold: options.hideThreshold ?? 3 });
  const mail = options.mail ?? { siteOrigin: () => options.guards.publicOrigin ?? 'http://localhost', queued: () => {} };
  readerMailRoutes(api, store, mail);
  newsletterRoutes(api, store, mail);
  searchRoutes(api, store, options.search);
  sessionRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy), secureCookies, postgres: options.guards.postgres });
  newsroomArticleRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomCommentRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomStaffRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomMediaRoutes(api, store, { mediaDir: options.mediaDir, clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomStatsRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomAuthorRoutes(api, store);
  newsroomSubscriberRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy) });
  newsroomNewsletterRoutes(api, store, { clientAddress: clientAddressReader(options.guards.trustProxy), mail, links: linkSigner(store, mail.linkSecret) });
  api.get('/api/openapi.json', (c) => c.json(contract));

  api.onError((error, c) => {
    // The database is away (restarting, a full disk): try again shortly; reads and writes come back by themselves.
    if (isStoreUnavailable(error)) {
      console.error(`${c.req.method} ${new URL(c.req.url).pathname}: the store is unavailable (${(error as Error).message})`);
      return apiError(503, 'unavailable', 'Tjänsten är tillfälligt otillgänglig, försök igen om en stund', undefined, { 'Retry-After': '5' });
    }
    // The stack goes to the server's log only; the caller gets the one error shape.
    console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed:`, error);
    return apiError(500, 'internal', 'Internt serverfel');
  });

  api.on(['POST', 'PUT', 'PATCH', 'DELETE'], '/api/*', limit.other, () => apiError(404, 'not_found', 'Okänd API-adress'));
  api.all('/api/*', () => apiError(404, 'not_found', 'Okänd API-adress'));
  return api;
}

export { DROP_CONNECTION };
