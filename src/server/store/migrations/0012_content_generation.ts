import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// A number that goes up with every change to what readers are shown (articles, their topics,
// slugs and corrections, sections, topics, writers, statistics, photos), kept by triggers in
// the writer's own transaction: every writer (the seed, `npm run content -- import`, the
// newsroom, the publishing sweep, a person at psql) is counted, and a reader sees the new
// number exactly when the change is committed. The content cache (store/contentCache.ts) keys
// on it, so a cached read is never older than the last commit, on any instance.

const CONTENT_TABLES = ['sections', 'tags', 'authors', 'articles', 'article_tags', 'article_slugs', 'corrections', 'stats_sets', 'photos'];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('content_generation')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into content_generation (id, n) values (1, 1)`.execute(db);
  if (dialectOf(db) === 'postgres') {
    await sql`
      create function bump_content_generation() returns trigger language plpgsql as $$
      begin
        update content_generation set n = n + 1 where id = 1;
        return null;
      end
      $$`.execute(db);
    // Once per statement: an import of ten thousand rows in one statement counts once.
    for (const table of CONTENT_TABLES) {
      await sql`create trigger ${sql.id(`${table}_content_generation`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function bump_content_generation()`.execute(db);
    }
  } else {
    for (const table of CONTENT_TABLES) {
      for (const event of ['insert', 'update', 'delete']) {
        await sql`create trigger ${sql.id(`${table}_${event}_content_generation`)} after ${sql.raw(event)} on ${sql.table(table)}
          begin update content_generation set n = n + 1 where id = 1; end`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    for (const table of CONTENT_TABLES) await sql`drop trigger ${sql.id(`${table}_content_generation`)} on ${sql.table(table)}`.execute(db);
    await sql`drop function bump_content_generation()`.execute(db);
  } else {
    for (const table of CONTENT_TABLES) for (const event of ['insert', 'update', 'delete']) await sql`drop trigger ${sql.id(`${table}_${event}_content_generation`)}`.execute(db);
  }
  await db.schema.dropTable('content_generation').execute();
}
