import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { ContentPackage } from '../content/contentPackage';
import { contentWrites } from './contentWrites';
import type { Db, Dialect } from './database';

/**
 * Puts a content package into the store in one transaction: all of it, or nothing.
 * Records with an id (an article: its slug) that is there already are replaced.
 */
export async function importContent(db: Db, dialect: Dialect, content: ContentPackage, mediaDir: string, now: () => number = Date.now): Promise<void> {
  await copyMedia(content.mediaDir, mediaDir);
  await db.transaction().execute(async (trx) => {
    const write = contentWrites(trx, now);
    await write.putSections(content.sections);
    await write.putTags(content.tags);
    await write.putAuthors(content.authors);
    await write.putStats(content.stats);
    await write.putPhotos(content.photos);
    for (const article of content.articles) await write.putArticle(article);
    await write.putComments(content.comments);
    if (dialect === 'postgres') {
      // Comments were given their numbers; new ones continue after them.
      await sql`select setval(pg_get_serial_sequence('comments', 'number'), greatest((select max(number) from comments), 1))`.execute(trx);
    }
  });
}

/**
 * Fills an empty store from the seed package, once: never over existing content, and
 * with several instances starting at once, only by one (the others wait for its lock,
 * then find the store filled).
 */
export async function seedIfEmpty(db: Db, dialect: Dialect, load: () => Promise<ContentPackage>, mediaDir: string): Promise<boolean> {
  // One connection: PostgreSQL's advisory lock belongs to the session that took it.
  return db.connection().execute(async (connection) => {
    const lock = (action: 'lock' | 'unlock') =>
      dialect === 'postgres' ? sql`select ${sql.raw(`pg_advisory_${action}`)}(hashtextextended('rattslaget-seed', 0))`.execute(connection) : undefined;
    await lock('lock');
    try {
      if (!(await contentWrites(connection, Date.now).isEmpty())) return false;
      await importContent(connection, dialect, await load(), mediaDir);
      return true;
    } finally {
      await lock('unlock');
    }
  });
}

async function copyMedia(from: string, to: string): Promise<void> {
  let files: string[];
  try {
    files = await readdir(from);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await mkdir(to, { recursive: true });
  for (const file of files) await copyFile(path.join(from, file), path.join(to, file));
}

/** What readers sent, gone, and the seed's comments back (the tests' reset switch). */
export async function resetReaderPosts(db: Db, dialect: Dialect, comments: ContentPackage['comments']): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const table of ['reports', 'readers', 'newsletter_subscribers', 'tips', 'idempotency_keys', 'comments'] as const) await trx.deleteFrom(table).execute();
    await contentWrites(trx, Date.now).putComments(comments);
    if (dialect === 'postgres') await sql`select setval(pg_get_serial_sequence('comments', 'number'), greatest((select max(number) from comments), 1))`.execute(trx);
  });
}
