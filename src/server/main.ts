import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { sizeHeapForServing } from './heapSizing';
import { createServerApp } from './setup';
import { StartupError } from './startupError';

// `npm run serve` (and `npm start` after a build): the production server.
async function start() {
  // Before the first request: the old generation grows 1.5 × past the live heap, not 4 × (heapSizing.ts).
  sizeHeapForServing();
  const config = readConfig(process.env, import.meta.dirname);
  // Without PUBLIC_ORIGIN the server listens on loopback only (config.ts) and names itself by that address.
  let origin = config.publicOrigin ?? '';
  const server = await createServerApp(config, { origin: () => origin });

  // A slow or stalled client cannot hold a connection: headers within 10 s, the whole
  // request within 30 s (checked every second, not Node's default 30 s); idle keep-alive
  // connections close after 5 s.
  const serverOptions = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };
  const http = serve({ fetch: server.app.fetch, hostname: config.host, port: config.port, serverOptions }, (info: AddressInfo) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    origin ||= `http://${host}:${info.port}`;
    console.log(`Rättsläget on http://${host}:${info.port} (${server.describe})`);
  }) as Server;

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      http.close(() => void server.close().finally(() => process.exit(0)));
      http.closeIdleConnections();
      // Requests still running get a moment to finish.
      setTimeout(() => process.exit(0), 3_000).unref();
    });
  }
}

try {
  await start();
} catch (error) {
  if (!(error instanceof StartupError)) throw error;
  console.error(error.message);
  process.exit(1);
}
