import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { hostileAnswers } from '../../mocks/handlers/hostile';
import { largeAnswers } from '../../mocks/handlers/large';
import { startBuiltServer } from '../bench/builtServer.mjs';

const run = promisify(execFile);
const viteBin = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin/vite.js');
/** Where the browser tests build and serve the app: dist/, or E2E_OUT_DIR (to run two suites at once). */
export const DIST = process.env.E2E_OUT_DIR ? path.resolve(process.env.E2E_OUT_DIR) : path.resolve(import.meta.dirname, '../../dist');

/**
 * Builds as `npm run build` does (the browser app into <outDir>/client, the server
 * into <outDir>/server), in its own processes: the test runner sets NODE_ENV=test,
 * which would otherwise leak dev-only code into the bundle.
 */
export async function buildApp(options: { outDir?: string; apiBaseUrl?: string } = {}): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  if (options.apiBaseUrl) env.VITE_API_BASE_URL = options.apiBaseUrl;
  else delete env.VITE_API_BASE_URL;
  const outDir = options.outDir ?? DIST;
  const build = (...args: string[]) => run(process.execPath, [viteBin, 'build', '--logLevel', 'warn', ...args], { env, maxBuffer: 10 * 1024 * 1024 });
  await build('--outDir', path.join(outDir, 'client'), '--emptyOutDir');
  await build('--ssr', '--outDir', path.join(outDir, 'server'), '--emptyOutDir');
}

export type RunningServer = { baseUrl: string; close: () => Promise<void>; output: () => string };

/**
 * Starts the built server as `npm run serve` does (embedded API included) on a free
 * port. `clientDir` serves another copy of the browser app; `env` adds settings.
 */
export async function serveBuild(options: { clientDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<RunningServer> {
  const server = await startBuiltServer(DIST, options);
  if (options.env?.MOCK_SWITCHES === undefined || options.env.MOCK_SWITCHES === '1') await giveFixedAnswers(server.origin);
  return { baseUrl: server.origin, close: server.close, output: server.output };
}

/** The hostile (XSS suite) and oversized corners, which are not content of the store, as the test switch's fixed answers. */
async function giveFixedAnswers(origin: string): Promise<void> {
  const answers = [...hostileAnswers(), ...largeAnswers()];
  const response = await fetch(new URL('/api/__mock/answers', origin), { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ answers }) });
  if (!response.ok) throw new Error(`The test switch took no fixed answers: HTTP ${response.status}`);
}
