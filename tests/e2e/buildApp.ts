import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { preview } from 'vite';

const run = promisify(execFile);
const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');

/**
 * Builds as `npm run build` does, in its own process: the test runner sets
 * NODE_ENV=test, which would otherwise leak dev-only code into the bundle.
 */
export async function buildApp(options: { outDir?: string; apiBaseUrl?: string } = {}): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (options.apiBaseUrl) env.VITE_API_BASE_URL = options.apiBaseUrl;
  else delete env.VITE_API_BASE_URL;
  const args = [viteBin, 'build', '--logLevel', 'warn', ...(options.outDir ? ['--outDir', options.outDir, '--emptyOutDir'] : [])];
  await run(process.execPath, args, { env, maxBuffer: 10 * 1024 * 1024 });
}

/** Serves a build as `npm start` does (mock API included) on a free port; `outDir` defaults to dist/. */
export async function serveBuild(options: { outDir?: string } = {}): Promise<{ baseUrl: string; close: () => Promise<void> }> {
  const server = await preview({
    logLevel: 'warn',
    ...(options.outDir ? { build: { outDir: options.outDir } } : {}),
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  return { baseUrl: `http://127.0.0.1:${port}`, close: () => server.close() };
}
