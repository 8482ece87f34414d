import type { StatsSet } from '../../features/stats/schema';
import { statsSetSchema } from '../../features/stats/schema';
import type { Db } from './database';

// The statistics sets as the newsroom writes them; readers read the same rows
// (contentReads.stats), so a saved set is what the next reader's request gets.

export type StatsSetEntry = { id: string; title: string; provenance: StatsSet['provenance']; updatedAt: string; modifiedAt: string | null };

export function statsRecords(db: Db, now: () => number) {
  return {
    async list(): Promise<StatsSetEntry[]> {
      const rows = await db.selectFrom('stats_sets').select(['data', 'modified_at']).orderBy('position').execute();
      return rows.map((row) => {
        const set = statsSetSchema.parse(JSON.parse(row.data));
        return { id: set.id, title: set.title, provenance: set.provenance, updatedAt: set.updatedAt, modifiedAt: row.modified_at };
      });
    },
    async get(id: string): Promise<StatsSet | undefined> {
      const row = await db.selectFrom('stats_sets').select('data').where('id', '=', id).executeTakeFirst();
      return row && statsSetSchema.parse(JSON.parse(row.data));
    },
    async exists(id: string): Promise<boolean> {
      return Boolean(await db.selectFrom('stats_sets').select('id').where('id', '=', id).executeTakeFirst());
    },
    /** A new set, last in the list. */
    async create(set: StatsSet, staffId: number): Promise<void> {
      const last = await db.selectFrom('stats_sets').select((eb) => eb.fn.max('position').as('position')).executeTakeFirst();
      await db
        .insertInto('stats_sets')
        .values({ id: set.id, data: JSON.stringify(set), position: Number(last?.position ?? -1) + 1, modified_at: new Date(now()).toISOString(), modified_by: staffId })
        .execute();
    },
    async update(set: StatsSet, staffId: number): Promise<void> {
      await db.updateTable('stats_sets').set({ data: JSON.stringify(set), modified_at: new Date(now()).toISOString(), modified_by: staffId }).where('id', '=', set.id).execute();
    },
  };
}
