import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readContentPackage } from '../../src/server/content/contentPackage';
import { openDatabase, type OpenDatabase } from '../../src/server/store/connect';
import { migrateToLatest } from '../../src/server/store/migrate';
import { seedIfEmpty } from '../../src/server/store/seed';
import { createTestDatabase } from './testDatabase';

export const CONTENT_DIR = path.resolve(import.meta.dirname, '../../content');

/** Both of the store's databases, for describe.each: SQLite in a temporary folder, PostgreSQL in a database of its own. */
export const DIALECTS = [
  ['SQLite', false],
  ['PostgreSQL', true],
] as const;

export type TestStore = { database: OpenDatabase; dir: string; mediaDir: string; databaseUrl: string | undefined; close(): Promise<void> };

/**
 * A migrated store for a suite: SQLite, or a new database on the run's PostgreSQL server
 * (`postgresUrl`); filled from the seed package unless `seed` is false.
 */
export async function openTestStore(postgresUrl: string | undefined, options: { seed?: boolean } = {}): Promise<TestStore> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'store-test-'));
  const own = postgresUrl ? await createTestDatabase(postgresUrl, 'store') : undefined;
  const database = await openDatabase({ dataDir: dir, databaseUrl: own?.url });
  await migrateToLatest(database.db);
  const mediaDir = path.join(dir, 'media');
  if (options.seed !== false) await seedIfEmpty(database.db, database.dialect, () => readContentPackage(CONTENT_DIR), mediaDir);
  return {
    database,
    dir,
    mediaDir,
    databaseUrl: own?.url,
    async close() {
      await database.close();
      await own?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
