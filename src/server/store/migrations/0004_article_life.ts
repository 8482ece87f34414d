import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// An article's life in the newsroom: who wrote it, when it is to be published, every saved
// version, its earlier addresses (answered with 301), and its corrections.

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  const serial = (column: ColumnDefinitionBuilder) =>
    postgres ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement();

  await db.schema.alterTable('articles').addColumn('created_by', 'integer', (c) => c.references('staff.id')).execute();
  await db.schema.alterTable('articles').addColumn('scheduled_at', 'text').execute();
  await db.schema.createIndex('articles_by_schedule').on('articles').columns(['status', 'scheduled_at']).execute();
  await db.schema
    .createTable('article_revisions')
    .addColumn('id', 'integer', serial)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('article_revisions_by_article').on('article_revisions').columns(['article_id', 'version']).execute();
  await db.schema
    .createTable('article_slugs')
    .addColumn('slug', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createTable('corrections')
    .addColumn('id', 'integer', serial)
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('staff_id', 'integer', (c) => c.references('staff.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['corrections', 'article_slugs', 'article_revisions']) await db.schema.dropTable(table).execute();
  await db.schema.dropIndex('articles_by_schedule').execute();
  await db.schema.alterTable('articles').dropColumn('scheduled_at').execute();
  await db.schema.alterTable('articles').dropColumn('created_by').execute();
}
