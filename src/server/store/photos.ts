import type { Selectable } from 'kysely';
import type { Database, Db } from './database';

// The photos readers can be shown: their variants under DATA_DIR/media, their sizes, and
// what the newsroom wrote for them (alt text, caption, credit) when it uploaded them.

export type PhotoVariant = { file: string; width: number; bytes?: number };

export type PhotoDetails = { alt: string; caption: string; creditName: string; creditAgency: string };

export type StoredPhoto = PhotoDetails & { name: string; width: number; height: number; variants: PhotoVariant[]; createdAt: string; uploadedBy: number | null };

/** A row of `photos` as read (the table's type, src/server/store/database.ts). */
type PhotoRow = Selectable<Database['photos']>;

const toPhoto = (row: PhotoRow): StoredPhoto => ({
  name: row.name,
  width: row.width,
  height: row.height,
  variants: JSON.parse(row.variants) as PhotoVariant[],
  createdAt: row.created_at,
  uploadedBy: row.uploaded_by,
  alt: row.alt ?? '',
  caption: row.caption ?? '',
  creditName: row.credit_name ?? '',
  creditAgency: row.credit_agency ?? '',
});

const columns = (details: PhotoDetails) => ({ alt: details.alt, caption: details.caption, credit_name: details.creditName, credit_agency: details.creditAgency });

export function photoRecords(db: Db, now: () => number) {
  return {
    /** Newest first: what the newsroom picks from. */
    async list(limit = 200): Promise<StoredPhoto[]> {
      const rows = await db.selectFrom('photos').selectAll().orderBy('created_at', 'desc').orderBy('name').limit(limit).execute();
      return rows.map(toPhoto);
    },
    async get(name: string): Promise<StoredPhoto | undefined> {
      const row = await db.selectFrom('photos').selectAll().where('name', '=', name).executeTakeFirst();
      return row && toPhoto(row);
    },
    async add(photo: { name: string; width: number; height: number; variants: PhotoVariant[]; uploadedBy: number } & PhotoDetails): Promise<void> {
      await db
        .insertInto('photos')
        .values({ name: photo.name, width: photo.width, height: photo.height, variants: JSON.stringify(photo.variants), created_at: new Date(now()).toISOString(), uploaded_by: photo.uploadedBy, ...columns(photo) })
        .execute();
    },
    /** Gives false when there is no such photo. */
    async describe(name: string, details: PhotoDetails): Promise<boolean> {
      const result = await db.updateTable('photos').set(columns(details)).where('name', '=', name).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
