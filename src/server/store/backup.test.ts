import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore } from '../../../tests/support/testStore';
import { openDatabase } from './connect';

// `npm run db:backup`: SQLite's online backup, a consistent copy while others write.
describe('a backup of the SQLite store', () => {
  let test: TestStore;
  let copyDir: string;
  beforeAll(async () => {
    test = await openTestStore(undefined);
    copyDir = mkdtempSync(path.join(os.tmpdir(), 'store-backup-'));
  });
  afterAll(async () => {
    await test.close();
    rmSync(copyDir, { recursive: true, force: true });
  });

  it('is a whole, consistent store that opens as one, taken while comments are being written', async () => {
    const { db } = test.database;
    const article = await db.selectFrom('articles').select('id').limit(1).executeTakeFirstOrThrow();
    const before = Number((await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    let writing = true;
    const writes = (async () => {
      for (let i = 0; writing; i++) {
        await db.insertInto('comments').values({ article_id: article.id, author: 'Skrivare', text: `Under kopieringen ${i}`, posted_at: new Date().toISOString(), state: 'published' }).execute();
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await test.database.backup?.(path.join(copyDir, 'store.sqlite'));
    writing = false;
    await writes;

    const copy = await openDatabase({ dataDir: copyDir });
    try {
      const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(copy.db);
      expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
      expect((await copy.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n).toBe(13);
      const comments = Number((await copy.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      expect(comments).toBeGreaterThanOrEqual(before);
    } finally {
      await copy.close();
    }
  });
});
