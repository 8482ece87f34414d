// The production build the benchmarks measure: built as `npm run build` builds it
// (the browser app into <out>/client, the server into <out>/server) and served by
// its own server, as `npm run serve` serves it, on a free port.
// <out> is dist/ unless `--out-dir <folder>` (or E2E_OUT_DIR, as the browser tests
// use) names another; the server then looks for the demo photos in <out>/../mocks
// and for its packages in a node_modules above <out>, as it does in the repository.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';

const root = path.resolve(import.meta.dirname, '../..');

/** The value after `name` on the command line, if given. */
export function argValue(name, argv = process.argv) {
  const index = argv.indexOf(name);
  return index === -1 ? undefined : argv[index + 1];
}

/** Where the build is: `--out-dir <folder>`, else E2E_OUT_DIR, else dist/. */
export function outDir(argv = process.argv) {
  const chosen = argValue('--out-dir', argv) ?? process.env.E2E_OUT_DIR;
  return chosen ? path.resolve(chosen) : path.join(root, 'dist');
}

/** Builds both halves in their own processes, with NODE_ENV=production and the embedded API. */
export function buildDist(dir = outDir()) {
  const env = { ...process.env, NODE_ENV: 'production' };
  delete env.VITE_API_BASE_URL;
  const vite = (...args) =>
    execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', ...args], { cwd: root, env, stdio: 'inherit' });
  vite('--outDir', path.join(dir, 'client'), '--emptyOutDir');
  vite('--ssr', '--outDir', path.join(dir, 'server'), '--emptyOutDir');
}

/**
 * What tests and benchmarks run the server with: the test switches on, rate limits far
 * above what a test posts, and a data folder of their own (removed when the server stops).
 */
const TEST_ENV = {
  MOCK_SWITCHES: '1',
  RATE_LIMIT_COMMENTS: '100000',
  RATE_LIMIT_REPORTS: '100000',
  RATE_LIMIT_TIPS: '100000',
  RATE_LIMIT_SUBSCRIPTIONS: '100000',
};

/** Starts <dir>/server/main.js with PORT=0 and waits for the address it prints. */
export async function startBuiltServer(dir = outDir(), { clientDir, env: extraEnv = {} } = {}) {
  const main = path.join(dir, 'server/main.js');
  if (!existsSync(main)) throw new Error(`${main} does not exist: build first (leave out --no-build)`);
  // The seed content package is found beside the build (an empty store is filled from it).
  const content = path.resolve(dir, '../content');
  if (!existsSync(content)) throw new Error(`The server would fill its store from ${content}, which does not exist: link <out-dir>/../content to the repository's content/`);
  const ownDataDir = extraEnv.DATA_DIR ? undefined : mkdtempSync(path.join(os.tmpdir(), 'rattslaget-data-'));
  const env = { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_REQUESTS: '0', ...TEST_ENV, DATA_DIR: ownDataDir, ...extraEnv };
  delete env.API_BASE_URL;
  if (clientDir) env.CLIENT_DIR = clientDir;
  // The flags of `npm run serve`: a young generation of a fixed 32 MB per half, so a render's or a search's short-lived objects die young.
  const child = spawn(process.execPath, ['--min-semi-space-size=32', '--max-semi-space-size=32', main], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let exit;
  child.once('exit', (code, signal) => (exit = signal ?? `code ${code}`));
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const origin = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start:\n${output}`)), 20_000);
    child.stdout.on('data', () => {
      const address = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (address) {
        clearTimeout(timer);
        resolve(address);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}:\n${output}`));
    });
  });
  const removeData = () => ownDataDir && rmSync(ownDataDir, { recursive: true, force: true });
  const close = () =>
    new Promise((resolve) => {
      if (exit) return resolve(removeData());
      child.once('exit', () => resolve(removeData()));
      child.kill('SIGTERM');
    });
  /** Fails with the server's output if it has exited (crashed, or killed from outside). */
  const assertRunning = () => {
    if (exit) throw new Error(`The server exited (${exit}):\n${output}`);
  };
  return { origin, pid: child.pid, close, output: () => output, assertRunning };
}
