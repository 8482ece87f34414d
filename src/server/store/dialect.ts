import { PostgresAdapter, type Kysely } from 'kysely';
import type { Dialect } from './database';

/** Which database a Kysely instance speaks to, for the few places where SQL differs. */
export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}
