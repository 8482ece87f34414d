import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { down as down0001, up as up0001 } from './migrations/0001_content_and_reader_posts';
import { down as down0002, up as up0002 } from './migrations/0002_search';
import { down as down0003, up as up0003 } from './migrations/0003_staff';
import { down as down0004, up as up0004 } from './migrations/0004_article_life';
import { down as down0005, up as up0005 } from './migrations/0005_outbox';
import { down as down0006, up as up0006 } from './migrations/0006_moderation';
import { down as down0007, up as up0007 } from './migrations/0007_newsletter';
import { down as down0008, up as up0008 } from './migrations/0008_photo_details';
import { down as down0009, up as up0009 } from './migrations/0009_moderation_digests';
import { down as down0010, up as up0010 } from './migrations/0010_staff_admin';
import { down as down0012, up as up0012 } from './migrations/0012_content_generation';

/**
 * The store's migrations, in order. Listed here rather than read from a folder, so that
 * the server's bundle holds them. Add one: a new file in migrations/ and a line below;
 * never change one that has shipped.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001_content_and_reader_posts': { up: up0001, down: down0001 },
  '0002_search': { up: up0002, down: down0002 },
  '0003_staff': { up: up0003, down: down0003 },
  '0004_article_life': { up: up0004, down: down0004 },
  '0005_outbox': { up: up0005, down: down0005 },
  '0006_moderation': { up: up0006, down: down0006 },
  '0007_newsletter': { up: up0007, down: down0007 },
  '0008_photo_details': { up: up0008, down: down0008 },
  '0009_moderation_digests': { up: up0009, down: down0009 },
  '0010_staff_admin': { up: up0010, down: down0010 },
  '0012_content_generation': { up: up0012, down: down0012 },
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Brings the schema up to date. Kysely's migrator holds a lock while it works (a table
 * lock on PostgreSQL, the write lock on SQLite), so instances that start at once migrate
 * once: the others wait, then find nothing left to do.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's migrator works on any schema
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
