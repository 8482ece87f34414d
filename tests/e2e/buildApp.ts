import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

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
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_REQUESTS: '0', ...options.env };
  delete env.API_BASE_URL;
  if (options.clientDir) env.CLIENT_DIR = options.clientDir;
  const child = spawn(process.execPath, [path.join(DIST, 'server/main.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 20_000);
    child.stdout.on('data', () => {
      const address = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { baseUrl, close, output: () => output };
}
