import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// The moderators' digests that went: when, and how much they told of. The newest row says
// when the next one may go (at most one every 15 minutes), for every instance alike.

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  const serial = (column: ColumnDefinitionBuilder) => (postgres ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement());
  await db.schema
    .createTable('moderation_digests')
    .addColumn('id', 'integer', serial)
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('moderation_digests_by_time').on('moderation_digests').column('sent_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('moderation_digests').execute();
}
