import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { configureApi } from '../lib/apiClient';
import { createApp } from './app';
import { recordingTransport } from './pageScope';
import { readConfig } from './config';
import { createRouteAssets, type BuildManifest } from './routeAssets';
import { clientCacheControl, loadStaticFiles } from './staticFiles';
import { createTemplate } from './template';

// `npm run serve` (and `npm start` after a build): the production server.
const config = readConfig(process.env, import.meta.dirname);

const template = createTemplate(await readFile(path.join(config.clientDir, 'index.html'), 'utf8'));
const manifest = JSON.parse(await readFile(path.join(config.clientDir, '.vite/manifest.json'), 'utf8')) as BuildManifest;
const clientFiles = await loadStaticFiles(config.clientDir, {
  exclude: (file) => file.endsWith('.map') || file.startsWith('.vite/'),
  cacheControl: clientCacheControl,
});

let embedded: Parameters<typeof createApp>[0]['embedded'];
if (config.apiBaseUrl) {
  configureApi({ baseUrl: config.apiBaseUrl, transport: recordingTransport((url, init) => fetch(url, init)) });
} else {
  // No API given: the embedded mock API, loaded only in this case.
  const api = await import('./embeddedApi');
  const media = await loadStaticFiles(path.resolve(import.meta.dirname, '../../mocks/public/media'), {
    prefix: '/media',
    cacheControl: () => 'public, max-age=86400',
  });
  configureApi({ baseUrl: 'http://embedded.invalid', transport: recordingTransport(api.embeddedTransport) });
  embedded = { answer: api.answerApiRequest, media };
}

const app = createApp({
  template,
  routeAssets: createRouteAssets(manifest),
  clientFiles,
  embedded,
  apiOrigin: config.apiBaseUrl ? new URL(config.apiBaseUrl).origin : '',
  publicOrigin: config.publicOrigin,
  log: config.log,
});

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  console.log(`Rättsläget on http://${info.address}:${info.port} (${config.apiBaseUrl ? `API ${config.apiBaseUrl}` : 'embedded API'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
