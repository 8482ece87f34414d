import path from 'node:path';
import { createApi, DROP_CONNECTION } from './api/api';
import type { RateLimits } from './api/guards';
import { readContentPackage } from './content/contentPackage';
import { startModerationDigest } from './jobs/moderationDigest';
import { startOutboxSender } from './jobs/outboxSender';
import { startScheduledPublishing } from './jobs/scheduledPublishing';
import { createMailer } from './mail/mailer';
import { currentPage } from './pageScope';
import { createSearchService } from './search/searchService';
import { openDatabase } from './store/connect';
import { migrateToLatest } from './store/migrate';
import { resetReaderPosts, seedIfEmpty } from './store/seed';
import { createStore } from './store/store';

export type EmbeddedApiOptions = {
  dataDir: string;
  databaseUrl: string | undefined;
  contentDir: string;
  rateLimits: RateLimits;
  trustProxy: boolean;
  publicOrigin: string | undefined;
  switches: boolean;
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** Signs the newsletter's links; unset, the store keeps a key of its own. */
  mailLinkSecret?: string;
  reportHideThreshold: number;
  /** The site's origin (for links in e-mail and the default sender). */
  siteOrigin: () => string;
};

/**
 * Our own API over the store: opens the database (SQLite under DATA_DIR, or PostgreSQL),
 * brings its schema up to date, fills an empty store from the seed package, and builds
 * the search index. Loaded only when no API_BASE_URL is set (a dynamic import in setup.ts).
 */
export async function startEmbeddedApi(options: EmbeddedApiOptions) {
  const database = await openDatabase({ dataDir: options.dataDir, databaseUrl: options.databaseUrl });
  await migrateToLatest(database.db);
  const mediaDir = path.join(options.dataDir, 'media');
  const seeded = await seedIfEmpty(database.db, database.dialect, () => readContentPackage(options.contentDir), mediaDir);
  const store = createStore(database.db, database.dialect);
  const search = createSearchService(store, database.db);
  await search.index();
  const scheduler = startScheduledPublishing(store);
  const mailer = createMailer({
    smtpUrl: options.smtpUrl,
    from: options.mailFrom ?? `Rättsläget <noreply@${new URL(options.siteOrigin() || 'http://localhost').hostname}>`,
    outboxDir: path.join(options.dataDir, 'outbox'),
  });
  const sender = startOutboxSender(store, mailer);
  const digest = startModerationDigest(store, { siteOrigin: options.siteOrigin, queued: () => void sender.sweep() });
  const api = createApi({
    store,
    search,
    mail: { siteOrigin: options.siteOrigin, queued: () => void sender.sweep(), linkSecret: options.mailLinkSecret },
    hideThreshold: options.reportHideThreshold,
    mediaDir,
    guards: { rateLimits: options.rateLimits, trustProxy: options.trustProxy, publicOrigin: options.publicOrigin, postgres: database.pool },
    switches: options.switches
      ? { env: process.env, reset: async () => resetReaderPosts(database.db, database.dialect, (await readContentPackage(options.contentDir)).comments) }
      : undefined,
  });
  // The sweeps stop together.
  const sweeps = { stop: () => [scheduler, digest].forEach((job) => job.stop()) };
  return { api, mediaDir, database, seeded, scheduler: sweeps, sender, mailer, movedTo: (slug: string) => store.articles.movedTo(slug), contentStamp: () => store.content.stamp(), transport: inProcessTransport(api.fetch, options.switches) };
}

/** The API client's transport while rendering: straight into the API, no socket. */
const inProcessTransport = (fetchApi: (request: Request) => Response | Promise<Response>, switches: boolean) => async (url: string, init: RequestInit): Promise<Response> => {
  const headers = new Headers(init.headers);
  // Only the test switches' cookies (latency, failures) are passed on.
  const cookie = switches ? currentPage()?.request.headers.get('Cookie') : undefined;
  const passed = cookie
    ?.split(';')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('mock-'))
    .join('; ');
  if (passed) headers.set('Cookie', passed);
  const response = await abortable(Promise.resolve(fetchApi(new Request(url, { ...init, headers }))), init.signal);
  if (response.headers.has(DROP_CONNECTION)) throw new TypeError('fetch failed');
  return response;
};

/** Like fetch: gives up when the signal aborts (the client's timeout), even if the API never answers. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | null | undefined): Promise<T> {
  if (!signal) return work;
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new DOMException('The request was aborted', 'AbortError'));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
