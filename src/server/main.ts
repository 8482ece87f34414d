import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { readConfig } from './config';
import { createServerApp } from './setup';

// `npm run serve` (and `npm start` after a build): the production server.
const config = readConfig(process.env, import.meta.dirname);
const app = await createServerApp(config);

// A slow or stalled client cannot hold a connection: headers within 10 s, the whole
// request within 30 s (checked every second, not Node's default 30 s); idle keep-alive
// connections close after 5 s.
const serverOptions = { headersTimeout: 10_000, requestTimeout: 30_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000 };

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port, serverOptions }, (info) => {
  console.log(`Rättsläget on http://${info.address}:${info.port} (${config.apiBaseUrl ? `API ${config.apiBaseUrl}` : 'embedded API'})`);
}) as Server;

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Requests still running get a moment to finish.
    setTimeout(() => process.exit(0), 3_000).unref();
  });
}
