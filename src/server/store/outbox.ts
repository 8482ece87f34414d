import type { Db } from './database';

// The outbox's rows: queued with what caused them, claimed by one sender at a time.

export type OutgoingMessage = { kind: string; to: string; replyTo?: string; subject: string; text: string; html: string; headers?: Record<string, string> };
export type QueuedMessage = OutgoingMessage & { id: number; attempts: number };

export function outboxRecords(db: Db, now: () => number) {
  const at = (ms = 0) => new Date(now() + ms).toISOString();
  return {
    async queue(message: OutgoingMessage): Promise<number> {
      const row = await db
        .insertInto('outbox')
        .values({
          kind: message.kind,
          to_address: message.to,
          reply_to: message.replyTo ?? null,
          subject: message.subject,
          text: message.text,
          html: message.html,
          headers: JSON.stringify(message.headers ?? {}),
          status: 'pending',
          attempts: 0,
          next_attempt_at: at(),
          claimed_until: null,
          last_error: null,
          created_at: at(),
          sent_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    /**
     * Up to `limit` due messages, each claimed for `leaseMs`: an update that only one sender
     * can win, so no message is taken twice while a sender has it.
     */
    async claimDue(limit: number, leaseMs: number): Promise<QueuedMessage[]> {
      const moment = at();
      const due = await db
        .selectFrom('outbox')
        .select('id')
        .where('status', '=', 'pending')
        .where('next_attempt_at', '<=', moment)
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', moment)]))
        .orderBy('id')
        .limit(limit)
        .execute();
      const claimed: QueuedMessage[] = [];
      for (const { id } of due) {
        const won = await db
          .updateTable('outbox')
          .set({ claimed_until: at(leaseMs) })
          .where('id', '=', id)
          .where('status', '=', 'pending')
          .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', moment)]))
          .executeTakeFirst();
        if (Number(won.numUpdatedRows) !== 1) continue;
        const row = await db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        claimed.push({
          id: row.id,
          attempts: row.attempts,
          kind: row.kind,
          to: row.to_address,
          ...(row.reply_to ? { replyTo: row.reply_to } : {}),
          subject: row.subject,
          text: row.text,
          html: row.html,
          headers: JSON.parse(row.headers) as Record<string, string>,
        });
      }
      return claimed;
    },

    async markSent(id: number): Promise<void> {
      await db.updateTable('outbox').set((eb) => ({ status: 'sent', sent_at: at(), claimed_until: null, attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
    },

    /** A failed try: again after `retryInMs`, or given up (`failed`) when there is none. */
    async markFailed(id: number, error: string, retryInMs: number | undefined): Promise<void> {
      await db
        .updateTable('outbox')
        .set((eb) => ({
          status: retryInMs === undefined ? 'failed' : 'pending',
          attempts: eb('attempts', '+', 1),
          next_attempt_at: at(retryInMs ?? 0),
          claimed_until: null,
          last_error: error.slice(0, 500),
        }))
        .where('id', '=', id)
        .execute();
    },

    async counts(): Promise<Record<'pending' | 'sent' | 'failed', number>> {
      const rows = await db.selectFrom('outbox').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
      const counts = { pending: 0, sent: 0, failed: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
}
