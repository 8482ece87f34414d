import type { Db } from './database';

/** Which request an Idempotency-Key belongs to. */
export type IdempotencyScope = { method: string; path: string; key: string };

/** The first answer given for a key, and the SHA-256 of the body it answered. */
export type IdempotencyRecord = IdempotencyScope & { bodyHash: string; status: number; body: unknown };

/** A key is replayed for a day, then forgotten. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

export function idempotencyRecords(db: Db, now: () => number) {
  const cutoff = () => new Date(now() - IDEMPOTENCY_TTL_MS).toISOString();
  return {
    async find(scope: IdempotencyScope): Promise<IdempotencyRecord | undefined> {
      const row = await db
        .selectFrom('idempotency_keys')
        .select(['body_hash', 'status', 'body'])
        .where('method', '=', scope.method)
        .where('path', '=', scope.path)
        .where('key', '=', scope.key)
        .where('created_at', '>', cutoff())
        .executeTakeFirst();
      return row && { ...scope, bodyHash: row.body_hash, status: row.status, body: JSON.parse(row.body) as unknown };
    },
    /** Keeps the record, replacing an expired one for the same key, and forgets the expired ones. */
    async save(record: IdempotencyRecord): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('created_at', '<=', cutoff()).execute();
      await db
        .insertInto('idempotency_keys')
        .values({
          method: record.method,
          path: record.path,
          key: record.key,
          body_hash: record.bodyHash,
          status: record.status,
          body: JSON.stringify(record.body),
          created_at: new Date(now()).toISOString(),
        })
        .execute();
    },
  };
}
