import { sql, type Kysely } from 'kysely';

// Staff accounts run by admins: when each last signed in (filled from the audit log for
// sign-ins before this), and the audit log read a page at a time, by action or by who.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff').addColumn('last_sign_in_at', 'text').execute();
  await sql`update staff set last_sign_in_at = (select max(at) from audit_log where audit_log.staff_id = staff.id and audit_log.action = 'sign-in')`.execute(db);
  await db.schema.createIndex('audit_log_by_staff').on('audit_log').columns(['staff_id', 'id']).execute();
  await db.schema.createIndex('audit_log_by_action').on('audit_log').columns(['action', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_by_action').execute();
  await db.schema.dropIndex('audit_log_by_staff').execute();
  await db.schema.alterTable('staff').dropColumn('last_sign_in_at').execute();
}
