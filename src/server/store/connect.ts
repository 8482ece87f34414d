import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, sql, SqliteDialect } from 'kysely';
import pg from 'pg';
import { StartupError } from '../startupError';
import type { Database, Db, Dialect } from './database';

/** The SQLite file under DATA_DIR. */
const SQLITE_FILE = 'store.sqlite';


export type OpenDatabase = {
  db: Db;
  dialect: Dialect;
  /** Where it is, for the start-up line (never the password). */
  describe: string;
  /** PostgreSQL's pool, for what keeps its own tables there (the rate limits). */
  pool?: pg.Pool;
  /** SQLite only: a consistent copy of the store in `file`, taken while others write (SQLite's online backup). */
  backup?: (file: string) => Promise<void>;
  close(): Promise<void>;
};

/**
 * The store's database: PostgreSQL when `databaseUrl` is set (every instance on one
 * server), else a SQLite file under `dataDir` (one instance; WAL, and synchronous=FULL
 * so that an answered write survives a power cut, not only a killed process).
 */
export async function openDatabase(options: { dataDir: string; databaseUrl?: string }): Promise<OpenDatabase> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openSqlite(options.dataDir);
}

function openSqlite(dataDir: string): OpenDatabase {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE);
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = FULL');
  database.pragma('foreign_keys = ON');
  // Another process (a backup, `npm run content`) may hold the lock for a moment.
  database.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: preparedOnce(database) }) });
  const backup = async (target: string) => void (await database.backup(target));
  return { db, dialect: 'sqlite', describe: `SQLite ${file}`, backup, close: () => db.destroy() };
}

/** Statements kept at most; queries whose text varies (a list of n values) take turns. */
const MAX_STATEMENTS = 200;

/**
 * Kysely prepares every query it runs; better-sqlite3's statements can be run again, so
 * each text is prepared once (SQLite prepares a statement again by itself after the schema
 * changes). Kysely runs one query at a time on the connection, so no statement is shared.
 */
function preparedOnce(database: SQLite.Database) {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => void database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (!statement) {
        statement = database.prepare(text);
        statements.set(text, statement);
        if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
      }
      return statement;
    },
  };
}

async function openPostgres(url: string): Promise<OpenDatabase> {
  const where = describePostgres(url);
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 });
  // A connection that breaks while idle (the server restarted) is dropped from the pool;
  // requests meanwhile get 503 and the next ones reconnect by themselves.
  pool.on('error', (error) => console.error(`PostgreSQL: an idle connection was lost (${error.message})`));
  // A connection in use can break too (the server stopped under a query): the query fails with a
  // 503, and the client's own 'error' event must not go unheard, or Node ends the process.
  pool.on('connect', (client) => client.on('error', (error) => console.error(`PostgreSQL: a connection was lost (${error.message})`)));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    const reason = error instanceof Error ? ((error as { code?: string }).code ?? error.message) : String(error);
    throw new StartupError(`Kan inte ansluta till PostgreSQL på ${where} (${reason})`);
  }
  return { db, dialect: 'postgres', describe: `PostgreSQL ${where}`, pool, close: () => db.destroy() };
}

/** host:port/database of a postgres:// URL, without credentials. */
function describePostgres(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    throw new StartupError('DATABASE_URL ska vara en postgres://-adress');
  }
}
