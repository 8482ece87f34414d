/**
 * A database of its own for one suite (or one test) on the tests' PostgreSQL server, so that
 * suites running in parallel never share tables or rows:
 *
 *   const db = await createTestDatabase(inject('postgresUrl'));
 *   afterAll(() => db.drop());
 *   // … connect to db.url …
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  name: string;
  /** The same server, credentials and options as the base URL, with this database's name. */
  url: string;
  /** Drops the database, closing any connections still open to it. */
  drop(): Promise<void>;
}

/** PostgreSQL's identifiers: lower case, digits and _, at most 63 bytes. */
function databaseName(prefix: string): string {
  const safe = prefix.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40) || 'test';
  return `${/^[a-z_]/.test(safe) ? safe : `t_${safe}`}_${process.pid}_${randomBytes(5).toString('hex')}`;
}

function withDatabase(baseUrl: string, database: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/${encodeURIComponent(database)}`;
  return url.toString();
}

async function onServer<T>(baseUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  // The maintenance database: never the one being created or dropped.
  const client = new pg.Client({ connectionString: withDatabase(baseUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh, empty database named after `name` (made unique) on the server `baseUrl`
 * points at (any database on it: the URL from inject('postgresUrl') will do).
 */
export async function createTestDatabase(baseUrl: string, name = 'test'): Promise<TestDatabase> {
  const database = databaseName(name);
  await onServer(baseUrl, (client) => client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`));
  let dropped: Promise<void> | undefined;
  return {
    name: database,
    url: withDatabase(baseUrl, database),
    drop: () =>
      (dropped ??= onServer(baseUrl, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`);
      })),
  };
}
