import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { configureApi } from '../lib/apiClient';
import { createApp, type AppOptions } from './app';
import type { ServerConfig } from './config';
import { recordingTransport } from './pageScope';
import { StartupError } from './startupError';
import { createRouteAssets, type BuildManifest } from './routeAssets';
import { clientCacheControl, loadStaticFiles } from './staticFiles';
import { createTemplate } from './template';

/**
 * The server app for a built client: the page template, the build's files, and the
 * API it renders from (API_BASE_URL, or our own API over the store, loaded only then).
 * Shared by the HTTP server (main.ts) and the static export (prerender.ts).
 */
/** A page waits this long for the API, then answers 503 with a retry (a reader's browser waits 10 s). */
const API_TIMEOUT_MS = 5_000;

export async function createServerApp(config: ServerConfig, site: { origin: () => string }) {
  const read = (file: string) => readFile(path.join(config.clientDir, file), 'utf8');
  const template = createTemplate(await read('shell.html'));
  const manifest = JSON.parse(await read('.vite/manifest.json')) as BuildManifest;
  const clientFiles = await loadStaticFiles(config.clientDir, {
    // index.html is the bare template (or a static export's front page): / is rendered instead.
    exclude: (file) => file === 'index.html' || file.endsWith('.map') || file.startsWith('.vite/'),
    cacheControl: clientCacheControl,
  });

  let embedded: AppOptions['embedded'];
  let close = async () => {};
  if (config.apiBaseUrl) {
    configureApi({ baseUrl: config.apiBaseUrl, transport: recordingTransport((url, init) => fetch(url, init)), timeoutMs: API_TIMEOUT_MS });
  } else if (import.meta.env.VITE_API_BASE_URL) {
    throw new StartupError('This build is for the API at VITE_API_BASE_URL: set API_BASE_URL for the server too');
  } else {
    // Only a build without VITE_API_BASE_URL serves an API of its own.
    const { startEmbeddedApi } = await import('./embeddedApi');
    const api = await startEmbeddedApi({
      dataDir: config.dataDir,
      databaseUrl: config.databaseUrl,
      contentDir: config.contentDir,
      rateLimits: config.rateLimits,
      trustProxy: config.trustProxy,
      publicOrigin: config.publicOrigin,
      switches: config.mockSwitches,
      smtpUrl: config.smtpUrl,
      mailFrom: config.mailFrom,
      mailLinkSecret: config.mailLinkSecret,
      reportHideThreshold: config.reportHideThreshold,
      siteOrigin: site.origin,
    });
    configureApi({ baseUrl: 'http://embedded.invalid', transport: recordingTransport(api.transport), timeoutMs: API_TIMEOUT_MS });
    embedded = { api: api.api, mediaDir: api.mediaDir, describe: api.database.describe, contentStamp: api.contentStamp, movedTo: api.movedTo };
    close = async () => {
      api.scheduler.stop();
      api.sender.stop();
      await api.database.close();
    };
  }

  const app = createApp({
    template,
    routeAssets: createRouteAssets(manifest),
    clientFiles,
    embedded,
    apiOrigin: config.apiBaseUrl ? new URL(config.apiBaseUrl).origin : '',
    publicOrigin: site.origin,
    hsts: config.publicOrigin?.startsWith('https:') ?? false,
    log: config.log,
  });
  return { app, close, describe: embedded?.describe ?? `API ${config.apiBaseUrl}` };
}
