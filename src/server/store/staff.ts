import { createHash } from 'node:crypto';
import type { Role, StaffMember } from '../auth/roles';
import type { Db } from './database';

// Staff accounts, their sessions and the audit log.

export type StaffAccount = StaffMember & { passwordHash: string; disabled: boolean; createdAt: string; lastSignInAt: string | null };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type StaffRow = { id: number; email: string; name: string; role: string; password_hash: string; disabled_at: string | null; created_at: string; last_sign_in_at: string | null };
const toAccount = (row: StaffRow): StaffAccount => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role as Role,
  passwordHash: row.password_hash,
  disabled: row.disabled_at !== null,
  createdAt: row.created_at,
  lastSignInAt: row.last_sign_in_at,
});

export type AuditEntry = { staffId: number | null; action: string; subject?: string; details?: object; address?: string };

/** One line of the audit log as admins read it: who (if anyone signed in), when, what. */
export type AuditRecord = { id: number; at: string; staff: { id: number; email: string; name: string } | null; action: string; subject: string | null; details: unknown; address: string | null };

export function staffRecords(db: Db, now: () => number) {
  const stamp = () => new Date(now()).toISOString();
  return {
    async add(account: { email: string; name: string; role: Role; passwordHash: string }): Promise<number> {
      const row = await db
        .insertInto('staff')
        .values({ email: account.email.toLowerCase(), name: account.name, role: account.role, password_hash: account.passwordHash, disabled_at: null, created_at: stamp() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async byEmail(email: string): Promise<StaffAccount | undefined> {
      const row = await db.selectFrom('staff').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return row && toAccount(row);
    },
    async byId(id: number): Promise<StaffAccount | undefined> {
      const row = await db.selectFrom('staff').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toAccount(row);
    },
    async list(): Promise<StaffAccount[]> {
      return (await db.selectFrom('staff').selectAll().orderBy('email').execute()).map(toAccount);
    },
    /** Disables the account and ends every session it has, at once. */
    async disable(id: number): Promise<void> {
      await db.updateTable('staff').set({ disabled_at: stamp() }).where('id', '=', id).execute();
      await db.deleteFrom('staff_sessions').where('staff_id', '=', id).execute();
    },
    async enable(id: number): Promise<void> {
      await db.updateTable('staff').set({ disabled_at: null }).where('id', '=', id).execute();
    },
    async update(id: number, change: { name?: string; role?: Role }): Promise<void> {
      if (change.name === undefined && change.role === undefined) return;
      await db.updateTable('staff').set(change).where('id', '=', id).execute();
    },
    /** Admins whose accounts are not disabled. */
    async activeAdmins(): Promise<number> {
      const row = await db.selectFrom('staff').select((eb) => eb.fn.countAll<number | string>().as('n')).where('role', '=', 'admin').where('disabled_at', 'is', null).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async setPassword(id: number, passwordHash: string): Promise<void> {
      await db.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', id).execute();
      await db.deleteFrom('staff_sessions').where('staff_id', '=', id).execute();
    },

    /** A new session for the account under `sessionId` (stored hashed). */
    async startSession(staffId: number, sessionId: string): Promise<void> {
      const at = stamp();
      await db.insertInto('staff_sessions').values({ id_hash: sha256(sessionId), staff_id: staffId, created_at: at, last_seen_at: at }).execute();
      await db.updateTable('staff').set({ last_sign_in_at: at }).where('id', '=', staffId).execute();
    },
    /** The session's account, if the session exists, the account is enabled, and it has not timed out (then it is deleted). */
    async session(sessionId: string, limits: { idleMs: number; maxMs: number }): Promise<StaffMember | undefined> {
      const row = await db
        .selectFrom('staff_sessions')
        .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
        .select(['staff_sessions.id_hash', 'staff_sessions.created_at', 'staff_sessions.last_seen_at', 'staff.id', 'staff.email', 'staff.name', 'staff.role', 'staff.disabled_at'])
        .where('staff_sessions.id_hash', '=', sha256(sessionId))
        .executeTakeFirst();
      if (!row) return undefined;
      const t = now();
      if (row.disabled_at !== null || t - Date.parse(row.last_seen_at) > limits.idleMs || t - Date.parse(row.created_at) > limits.maxMs) {
        await db.deleteFrom('staff_sessions').where('id_hash', '=', row.id_hash).execute();
        return undefined;
      }
      // Seen: idle time counts from now (written at most once a minute).
      if (t - Date.parse(row.last_seen_at) > 60_000) await db.updateTable('staff_sessions').set({ last_seen_at: stamp() }).where('id_hash', '=', row.id_hash).execute();
      return { id: row.id, email: row.email, name: row.name, role: row.role as Role };
    },
    async endSession(sessionId: string): Promise<void> {
      await db.deleteFrom('staff_sessions').where('id_hash', '=', sha256(sessionId)).execute();
    },

    async audit(entry: AuditEntry): Promise<void> {
      await db
        .insertInto('audit_log')
        .values({ at: stamp(), staff_id: entry.staffId, action: entry.action, subject: entry.subject ?? null, details: JSON.stringify(entry.details ?? {}), address: entry.address ?? null })
        .execute();
    },
    async auditLog(limit = 100): Promise<{ at: string; staff: string | null; action: string; subject: string | null; details: unknown; address: string | null }[]> {
      const rows = await db
        .selectFrom('audit_log')
        .leftJoin('staff', 'staff.id', 'audit_log.staff_id')
        .select(['audit_log.at', 'staff.email', 'audit_log.action', 'audit_log.subject', 'audit_log.details', 'audit_log.address'])
        .orderBy('audit_log.id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ at: row.at, staff: row.email, action: row.action, subject: row.subject, details: JSON.parse(row.details) as unknown, address: row.address }));
    },
    /** Newest first, `limit` entries older than `before` (an entry's id), by action and by who if asked. */
    async auditPage(query: { before?: number; limit: number; action?: string; staffId?: number }): Promise<AuditRecord[]> {
      let select = db
        .selectFrom('audit_log')
        .leftJoin('staff', 'staff.id', 'audit_log.staff_id')
        .select(['audit_log.id', 'audit_log.at', 'audit_log.staff_id', 'staff.email', 'staff.name', 'audit_log.action', 'audit_log.subject', 'audit_log.details', 'audit_log.address']);
      if (query.before !== undefined) select = select.where('audit_log.id', '<', query.before);
      if (query.action !== undefined) select = select.where('audit_log.action', '=', query.action);
      if (query.staffId !== undefined) select = select.where('audit_log.staff_id', '=', query.staffId);
      const rows = await select.orderBy('audit_log.id', 'desc').limit(query.limit).execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        staff: row.staff_id !== null && row.email !== null && row.name !== null ? { id: row.staff_id, email: row.email, name: row.name } : null,
        action: row.action,
        subject: row.subject,
        details: JSON.parse(row.details) as unknown,
        address: row.address,
      }));
    },
  };
}
