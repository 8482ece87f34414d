import { sql } from 'kysely';
import { contentReads } from './content';
import { cachedContentReads } from './contentCache';
import type { Db, Dialect } from './database';
import { idempotencyRecords } from './idempotency';
import { readerPosts } from './readerPosts';
import { moderation } from './moderation';
import { newsletterRecords } from './newsletter';
import { newsroomArticles } from './newsroomArticles';
import { outboxRecords } from './outbox';
import { photoRecords } from './photos';
import { staffRecords } from './staff';
import { statsRecords } from './statsSets';

/** The store as the API sees it: one object of repositories over one database (or one transaction). */
export type Store = {
  dialect: Dialect;
  content: ReturnType<typeof contentReads>;
  readers: ReturnType<typeof readerPosts>;
  idempotency: ReturnType<typeof idempotencyRecords>;
  staff: ReturnType<typeof staffRecords>;
  articles: ReturnType<typeof newsroomArticles>;
  outbox: ReturnType<typeof outboxRecords>;
  moderation: ReturnType<typeof moderation>;
  photos: ReturnType<typeof photoRecords>;
  statsSets: ReturnType<typeof statsRecords>;
  newsletter: ReturnType<typeof newsletterRecords>;
  /**
   * Runs `work` in one transaction: everything it writes is kept, or nothing if it throws.
   * On SQLite the one connection serialises transactions; on PostgreSQL `lock(name)` inside
   * one makes transactions that name the same thing wait for each other.
   */
  transaction<T>(work: (store: Store & { lock(name: string): Promise<void> }) => Promise<T>): Promise<T>;
  now(): number;
};

export function createStore(db: Db, dialect: Dialect, now: () => number = () => Date.now()): Store {
  // Cached outside transactions only: inside one, a read may see what is not committed yet.
  const content = cachedContentReads(contentReads(db), db);
  const over = (executor: Db): Store => ({
    dialect,
    content: executor.isTransaction ? contentReads(executor) : content,
    readers: readerPosts(executor),
    idempotency: idempotencyRecords(executor, now),
    staff: staffRecords(executor, now),
    articles: newsroomArticles(executor, now),
    outbox: outboxRecords(executor, now),
    moderation: moderation(executor, now),
    photos: photoRecords(executor, now),
    statsSets: statsRecords(executor, now),
    newsletter: newsletterRecords(executor, now),
    now,
    transaction: (work) =>
      executor.isTransaction
        ? work({ ...over(executor), lock: (name) => advisoryLock(executor, dialect, name) })
        : executor.transaction().execute((trx) => work({ ...over(trx), lock: (name) => advisoryLock(trx, dialect, name) })),
  });
  return over(db);
}

/** PostgreSQL's transaction-scoped advisory lock; SQLite's one writer needs none. */
async function advisoryLock(trx: Db, dialect: Dialect, name: string): Promise<void> {
  if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtextextended(${name}, 0))`.execute(trx);
}
