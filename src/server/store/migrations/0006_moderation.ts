import type { Kysely } from 'kysely';

// Moderation: who wrote a comment (their anonymous reader id), comments hidden by the
// newsroom (or by enough readers' reports) with why and when, readers blocked from
// commenting, articles whose comments wait for approval, and which reports a digest told of.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('comments').addColumn('reader_id', 'text').execute();
  await db.schema.alterTable('comments').addColumn('hidden_at', 'text').execute();
  await db.schema.alterTable('comments').addColumn('hidden_reason', 'text').execute();
  await db.schema.alterTable('comments').addColumn('hidden_by', 'integer', (c) => c.references('staff.id')).execute();
  await db.schema.alterTable('reports').addColumn('digested_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('comments_premoderated', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createTable('blocked_readers')
    .addColumn('reader_id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('reason', 'text')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('blocked_readers').execute();
  await db.schema.alterTable('articles').dropColumn('comments_premoderated').execute();
  await db.schema.alterTable('reports').dropColumn('digested_at').execute();
  for (const column of ['hidden_by', 'hidden_reason', 'hidden_at', 'reader_id']) await db.schema.alterTable('comments').dropColumn(column).execute();
}
