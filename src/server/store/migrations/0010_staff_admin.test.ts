import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import { describe, expect, inject, it } from 'vitest';
import { DIALECTS } from '../../../../tests/support/testStore';
import { createTestDatabase } from '../../../../tests/support/testDatabase';
import { openDatabase } from '../connect';
import { migrateToLatest } from '../migrate';
import * as m0001 from './0001_content_and_reader_posts';
import * as m0002 from './0002_search';
import * as m0003 from './0003_staff';
import * as m0004 from './0004_article_life';
import * as m0005 from './0005_outbox';
import * as m0006 from './0006_moderation';

// A store that had staff before this migration: each account's last sign-in is taken from
// the audit log's sign-ins (failed ones and other actions do not count).
describe.each(DIALECTS)('migration 0010 on %s', (_name, postgres) => {
  it('fills each account’s last sign-in from the audit log', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'migration-0010-'));
    const own = postgres ? await createTestDatabase(inject('postgresUrl'), 'migration') : undefined;
    const database = await openDatabase({ dataDir: dir, databaseUrl: own?.url });
    try {
      const before = { '0001_content_and_reader_posts': m0001, '0002_search': m0002, '0003_staff': m0003, '0004_article_life': m0004, '0005_outbox': m0005, '0006_moderation': m0006 };
      const { error } = await new Migrator({ db: database.db, provider: { getMigrations: async () => before } }).migrateToLatest();
      expect(error).toBeUndefined();
      const db = database.db;
      const staff = (email: string) => ({ email, name: email, role: 'editor', password_hash: 'x', disabled_at: null, created_at: '2026-01-01T00:00:00.000Z' });
      const anna = (await db.insertInto('staff').values(staff('anna@rattslaget.example')).returning('id').executeTakeFirstOrThrow()).id;
      const bo = (await db.insertInto('staff').values(staff('bo@rattslaget.example')).returning('id').executeTakeFirstOrThrow()).id;
      const entry = (staffId: number, action: string, at: string) => ({ at, staff_id: staffId, action, subject: null, details: '{}', address: null });
      await db
        .insertInto('audit_log')
        .values([
          entry(anna, 'sign-in', '2026-11-01T08:00:00.000Z'),
          entry(anna, 'sign-in', '2026-11-20T08:00:00.000Z'),
          entry(anna, 'sign-in-failed', '2026-11-25T08:00:00.000Z'),
          entry(anna, 'article-published', '2026-11-26T08:00:00.000Z'),
          entry(bo, 'sign-in-failed', '2026-11-21T08:00:00.000Z'),
        ])
        .execute();

      expect(await migrateToLatest(db)).toContain('0010_staff_admin');
      const rows = await db.selectFrom('staff').select(['email', 'last_sign_in_at']).orderBy('email').execute();
      expect(rows).toEqual([
        { email: 'anna@rattslaget.example', last_sign_in_at: '2026-11-20T08:00:00.000Z' },
        { email: 'bo@rattslaget.example', last_sign_in_at: null },
      ]);
    } finally {
      await database.close();
      await own?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
