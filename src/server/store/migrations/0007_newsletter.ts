import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import { dialectOf } from '../dialect';

// The newsletter, confirmed and sent: each address with where it stands (waiting for its
// owner's confirmation, confirmed, left), when and to which wording it consented; the issues
// the newsroom sends (their mails go through the outbox, kind `newsletter:<id>`); and the
// site's secrets (the key that signs links in e-mail), made once and shared by every instance.
// The earlier `subscribers` table held addresses no one had confirmed: they are kept as
// waiting for a confirmation, which they never got, so they receive nothing until they sign up again.

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  const serial = (column: ColumnDefinitionBuilder) =>
    postgres ? column.primaryKey().generatedByDefaultAsIdentity() : column.primaryKey().autoIncrement();

  await db.schema
    .createTable('newsletter_subscribers')
    .addColumn('id', 'integer', serial)
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('signed_up_at', 'text', (c) => c.notNull())
    .addColumn('consent_wording', 'text')
    .addColumn('confirmation_sent_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('unsubscribed_at', 'text')
    .execute();
  await db.schema.createIndex('newsletter_subscribers_by_status').on('newsletter_subscribers').columns(['status', 'id']).execute();
  await sql`insert into newsletter_subscribers (email, status, signed_up_at) select email, 'pending', subscribed_at from subscribers`.execute(db);
  await db.schema.dropTable('subscribers').execute();

  await db.schema
    .createTable('newsletter_issues')
    .addColumn('id', 'integer', serial)
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('intro', 'text', (c) => c.notNull())
    .addColumn('article_ids', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_subscriber_id', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('outbox_by_kind').on('outbox').columns(['kind', 'status']).execute();

  await db.schema
    .createTable('site_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('site_secrets').execute();
  await db.schema.dropIndex('outbox_by_kind').execute();
  await db.schema.dropTable('newsletter_issues').execute();
  await db.schema.createTable('subscribers').addColumn('email', 'text', (c) => c.primaryKey()).addColumn('subscribed_at', 'text', (c) => c.notNull()).execute();
  await sql`insert into subscribers (email, subscribed_at) select email, signed_up_at from newsletter_subscribers where status = 'confirmed'`.execute(db);
  await db.schema.dropTable('newsletter_subscribers').execute();
}
