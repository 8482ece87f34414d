import type { Kysely } from 'kysely';

// Photos uploaded in the newsroom: their alt text, caption and credit (used when one is
// chosen for an article), who uploaded each, and the statistics sets' authors and times.

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ['alt', 'caption', 'credit_name', 'credit_agency']) await db.schema.alterTable('photos').addColumn(column, 'text').execute();
  await db.schema.alterTable('photos').addColumn('uploaded_by', 'integer', (c) => c.references('staff.id')).execute();
  await db.schema.createIndex('photos_by_age').on('photos').column('created_at').execute();
  await db.schema.alterTable('stats_sets').addColumn('modified_at', 'text').execute();
  await db.schema.alterTable('stats_sets').addColumn('modified_by', 'integer', (c) => c.references('staff.id')).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['modified_by', 'modified_at']) await db.schema.alterTable('stats_sets').dropColumn(column).execute();
  await db.schema.dropIndex('photos_by_age').execute();
  for (const column of ['uploaded_by', 'credit_agency', 'credit_name', 'caption', 'alt']) await db.schema.alterTable('photos').dropColumn(column).execute();
}
