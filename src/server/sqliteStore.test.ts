// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_TTL_MS, type StoredTip } from '../../mocks/db';
import { DATA_FILE, openSqliteStore, type SqliteStore } from './sqliteStore';

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const comment = (text: string) => ({ author: 'Maja', text, postedAt: '2026-12-01T10:00:00.000Z', state: 'published' as const });
const tip: StoredTip = {
  slug: SLUG,
  recipients: ['anna@example.se', 'bo@example.se'],
  senderName: 'Åsa',
  senderEmail: 'asa@example.se',
  message: 'Läs den här.',
  sentAt: '2026-12-01T10:00:00.000Z',
};
const scope = { method: 'POST', path: `/api/articles/${SLUG}/comments`, key: '6f1c1a52-58e4-4b8e-9a43-1d1f0d1f2a11' };

describe('the SQLite store of what readers post', () => {
  let dir: string;
  let clock: number;
  const open: SqliteStore[] = [];
  const openStore = () => {
    const store = openSqliteStore(dir, { now: () => clock });
    open.push(store);
    return store;
  };
  /** Closes the store and opens the file again, as a restarted server does. */
  const reopen = (store: SqliteStore) => {
    store.close();
    return openStore();
  };
  const ids = (store: SqliteStore) => store.publishedComments(SLUG, 'oldest', 0, 50).items.map((c) => c.id);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-store-'));
    clock = Date.parse('2026-12-01T10:00:00Z');
  });
  afterEach(() => {
    for (const store of open.splice(0)) store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('starts from the fixtures, whose comments keep their ids, in a WAL-mode file under the data folder', () => {
    const store = openStore();
    expect(ids(store)).toEqual(['c1', 'c2', 'c3']);
    expect(store.publishedComments(SLUG, 'newest', 0, 2)).toMatchObject({ items: [{ id: 'c3' }, { id: 'c2' }], total: 3 });
    expect(store.commentExists('c4')).toBe(true);
    expect(store.addSubscriber('redan@example.se')).toBe(false);
    expect(store.addComment(SLUG, comment('Ny')).id).toBe('c100');
    const raw = new Database(path.join(dir, DATA_FILE), { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('keeps comments, reports, subscribers, tips and idempotency keys across a restart', () => {
    let store = openStore();
    const posted = store.addComment(SLUG, comment('Sparas detta?'));
    expect(store.addReport('c1', 'reader-a')).toBe(true);
    expect(store.addSubscriber('ny@example.se')).toBe(true);
    store.addTip(tip);
    store.saveIdempotency({ ...scope, bodyHash: 'abc', status: 201, body: posted });

    store = reopen(store);
    expect(store.publishedComments(SLUG, 'newest', 0, 1).items).toEqual([posted]);
    expect(store.addReport('c1', 'reader-a')).toBe(false);
    expect(store.addSubscriber('ny@example.se')).toBe(false);
    expect(store.tips()).toEqual([tip]);
    expect(store.findIdempotency(scope)).toEqual({ ...scope, bodyHash: 'abc', status: 201, body: posted });
  });

  it('never gives a comment id twice, not even after the newest comment is deleted and the server restarted', () => {
    let store = openStore();
    expect(store.addComment(SLUG, comment('Första')).id).toBe('c100');
    expect(store.addComment(SLUG, comment('Andra')).id).toBe('c101');
    store.close();
    // A moderator removes the newest comment straight in the file.
    const raw = new Database(path.join(dir, DATA_FILE));
    raw.prepare('DELETE FROM comments WHERE number = 101').run();
    raw.close();

    store = openStore();
    expect(store.commentExists('c101')).toBe(false);
    expect(store.addComment(SLUG, comment('Tredje')).id).toBe('c102');
    expect(ids(store)).toEqual(['c1', 'c2', 'c3', 'c100', 'c102']);
  });

  it('leaves nothing half-written when a transaction fails', () => {
    let store = openStore();
    expect(() =>
      store.transaction(() => {
        store.addComment(SLUG, comment('Halvvägs'));
        store.addTip(tip);
        // SQLite refuses this one: there is no comment c999.
        store.addReport('c999', 'reader-a');
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      store.transaction(() => {
        store.addSubscriber('halv@example.se');
        throw new Error('The answer could not be made');
      }),
    ).toThrow('could not be made');

    store = reopen(store);
    expect(ids(store)).toEqual(['c1', 'c2', 'c3']);
    expect(store.tips()).toEqual([]);
    expect(store.addSubscriber('halv@example.se')).toBe(true);
    expect(store.addComment(SLUG, comment('Hel')).id).toBe('c100');
  });

  it('forgets an idempotency key after a day, and deletes it', () => {
    const store = openStore();
    store.saveIdempotency({ ...scope, bodyHash: 'abc', status: 201, body: { id: 'c100' } });
    clock += IDEMPOTENCY_TTL_MS - 1;
    expect(store.findIdempotency(scope)).toMatchObject({ status: 201, body: { id: 'c100' } });
    expect(store.findIdempotency({ ...scope, method: 'PUT' })).toBeUndefined();
    expect(store.findIdempotency({ ...scope, path: '/api/articles/annan/comments' })).toBeUndefined();
    clock += 1;
    expect(store.findIdempotency(scope)).toBeUndefined();

    store.saveIdempotency({ ...scope, key: 'en-annan-nyckel', bodyHash: 'def', status: 202, body: { sent: 1 } });
    const raw = new Database(path.join(dir, DATA_FILE), { readonly: true });
    expect(raw.prepare('SELECT key FROM idempotency_keys').pluck().all()).toEqual(['en-annan-nyckel']);
    raw.close();
  });

  it('counts a report once per reader', () => {
    let store = openStore();
    expect(store.addReport('c2', 'reader-a')).toBe(true);
    expect(store.addReport('c2', 'reader-a')).toBe(false);
    expect(store.addReport('c2', 'reader-b')).toBe(true);
    store = reopen(store);
    expect(store.addReport('c2', 'reader-b')).toBe(false);
    expect(store.addReport('c3', 'reader-b')).toBe(true);
  });

  it('resets to the fixtures', () => {
    const store = openStore();
    store.addComment(SLUG, comment('Borta sen'));
    store.addReport('c1', 'reader-a');
    store.addSubscriber('ny@example.se');
    store.addTip(tip);
    store.saveIdempotency({ ...scope, bodyHash: 'abc', status: 201, body: {} });
    store.reset();
    expect(ids(store)).toEqual(['c1', 'c2', 'c3']);
    expect(store.addReport('c1', 'reader-a')).toBe(true);
    expect(store.addSubscriber('ny@example.se')).toBe(true);
    expect(store.addSubscriber('redan@example.se')).toBe(false);
    expect(store.tips()).toEqual([]);
    expect(store.findIdempotency(scope)).toBeUndefined();
  });

  it('refuses a file from a newer server rather than guess at its tables', () => {
    openStore().close();
    const raw = new Database(path.join(dir, DATA_FILE));
    raw.pragma('user_version = 2');
    raw.close();
    expect(() => openStore()).toThrow(/schema version 2/);
  });
});
