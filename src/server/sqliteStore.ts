import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Comment } from '../features/comments/schema';
import { IDEMPOTENCY_TTL_MS, readerSeed, type IdempotencyRecord, type ReaderStore, type StoredTip } from '../../mocks/db';

/**
 * What readers post to the embedded API, kept in <dataDir>/reader-data.sqlite so that it
 * survives a restart. Every write is a transaction that is on disk before it returns
 * (WAL with synchronous=FULL: an answered post survives a crash or a power cut, not only
 * a killed process). Back it up with `sqlite3 reader-data.sqlite ".backup copy.sqlite"`
 * (or VACUUM INTO), which is safe while the server runs; copying the file alone is not.
 */
export const DATA_FILE = 'reader-data.sqlite';

const SCHEMA_VERSION = 1;

// A comment's id is "c" and its row number; AUTOINCREMENT never gives a number twice,
// not even after the newest comment is deleted, so an old link never finds another comment.
const SCHEMA = `
  CREATE TABLE comments (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL,
    author TEXT NOT NULL,
    text TEXT NOT NULL,
    posted_at TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('published', 'pending'))
  );
  CREATE INDEX comments_by_article ON comments (slug, state, number);
  CREATE TABLE reports (
    comment_number INTEGER NOT NULL REFERENCES comments (number) ON DELETE CASCADE,
    reader_id TEXT NOT NULL,
    reported_at TEXT NOT NULL,
    PRIMARY KEY (comment_number, reader_id)
  ) WITHOUT ROWID;
  CREATE TABLE subscribers (
    email TEXT PRIMARY KEY,
    subscribed_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE tips (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    slug TEXT NOT NULL,
    recipients TEXT NOT NULL,
    sender_name TEXT NOT NULL,
    sender_email TEXT NOT NULL,
    message TEXT,
    sent_at TEXT NOT NULL
  );
  CREATE TABLE idempotency_keys (
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (method, path, key)
  ) WITHOUT ROWID;
  CREATE INDEX idempotency_keys_by_age ON idempotency_keys (created_at);
`;

type CommentRow = { number: number; author: string; text: string; posted_at: string; state: Comment['state'] };
type TipRow = { slug: string; recipients: string; sender_name: string; sender_email: string; message: string | null; sent_at: string };
type IdempotencyRow = { body_hash: string; status: number; body: string };

const commentNumber = (id: string) => /^c([1-9]\d{0,14})$/.exec(id)?.[1];

export type SqliteStore = ReaderStore & { close(): void };

/**
 * Opens (creating it and the folder if need be) the store in `dataDir`. A new file gets
 * the schema and the fixtures, whose comments keep their ids. `now` is the clock the
 * idempotency keys expire by.
 */
export function openSqliteStore(dataDir: string, options: { now?: () => number } = {}): SqliteStore {
  const now = options.now ?? (() => Date.now());
  mkdirSync(dataDir, { recursive: true });
  const db = new Database(path.join(dataDir, DATA_FILE));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup) may hold the lock for a moment.
  db.pragma('busy_timeout = 5000');

  const seed = () => {
    const insert = db.prepare('INSERT INTO comments (number, slug, author, text, posted_at, state) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [slug, list] of Object.entries(readerSeed.comments())) {
      for (const c of list) {
        const number = commentNumber(c.id);
        if (!number || Number(number) >= readerSeed.firstCommentNumber) throw new Error(`Fixture comment id ${c.id} is not c1–c${readerSeed.firstCommentNumber - 1}`);
        insert.run(Number(number), slug, c.author, c.text, c.postedAt, c.state);
      }
    }
    // New comments are numbered from firstCommentNumber on, as in the memory store.
    db.prepare("DELETE FROM sqlite_sequence WHERE name = 'comments'").run();
    db.prepare("INSERT INTO sqlite_sequence (name, seq) VALUES ('comments', ?)").run(readerSeed.firstCommentNumber - 1);
    const subscribe = db.prepare('INSERT INTO subscribers (email, subscribed_at) VALUES (?, ?)');
    for (const email of readerSeed.subscribers) subscribe.run(email, new Date(now()).toISOString());
  };

  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.transaction(() => {
      db.exec(SCHEMA);
      seed();
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    })();
  } else if (version !== SCHEMA_VERSION) {
    db.close();
    throw new Error(`${path.join(dataDir, DATA_FILE)} has schema version ${version}; this server knows ${SCHEMA_VERSION}`);
  }

  const statements = {
    page: {
      newest: db.prepare<[string, number, number], CommentRow>(
        "SELECT number, author, text, posted_at, state FROM comments WHERE slug = ? AND state = 'published' ORDER BY number DESC LIMIT ? OFFSET ?",
      ),
      oldest: db.prepare<[string, number, number], CommentRow>(
        "SELECT number, author, text, posted_at, state FROM comments WHERE slug = ? AND state = 'published' ORDER BY number LIMIT ? OFFSET ?",
      ),
    },
    count: db.prepare<[string], number>("SELECT count(*) FROM comments WHERE slug = ? AND state = 'published'").pluck(),
    addComment: db.prepare<[string, string, string, string, string], { number: number }>(
      'INSERT INTO comments (slug, author, text, posted_at, state) VALUES (?, ?, ?, ?, ?) RETURNING number',
    ),
    commentExists: db.prepare<[number], number>('SELECT 1 FROM comments WHERE number = ?').pluck(),
    addReport: db.prepare('INSERT INTO reports (comment_number, reader_id, reported_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING'),
    addSubscriber: db.prepare('INSERT INTO subscribers (email, subscribed_at) VALUES (?, ?) ON CONFLICT DO NOTHING'),
    addTip: db.prepare('INSERT INTO tips (slug, recipients, sender_name, sender_email, message, sent_at) VALUES (?, ?, ?, ?, ?, ?)'),
    tips: db.prepare<[], TipRow>('SELECT slug, recipients, sender_name, sender_email, message, sent_at FROM tips ORDER BY number'),
    findKey: db.prepare<[string, string, string, number], IdempotencyRow>(
      'SELECT body_hash, status, body FROM idempotency_keys WHERE method = ? AND path = ? AND key = ? AND created_at > ?',
    ),
    expireKeys: db.prepare('DELETE FROM idempotency_keys WHERE created_at <= ?'),
    saveKey: db.prepare('INSERT INTO idempotency_keys (method, path, key, body_hash, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)'),
  };

  const toComment = (row: CommentRow): Comment => ({ id: `c${row.number}`, author: row.author, text: row.text, postedAt: row.posted_at, state: row.state });
  // Each write is its own transaction, or a part of the caller's (better-sqlite3 nests them as savepoints).
  const write = <F extends (...args: never[]) => unknown>(work: F) => db.transaction(work);
  const stamp = () => new Date(now()).toISOString();

  return {
    publishedComments: (slug, order, offset, limit) => ({
      items: statements.page[order].all(slug, limit, offset).map(toComment),
      total: statements.count.get(slug) ?? 0,
    }),
    addComment: write((slug: string, comment: Omit<Comment, 'id'>) => {
      const row = statements.addComment.get(slug, comment.author, comment.text, comment.postedAt, comment.state);
      if (!row) throw new Error('The comment was not stored');
      return { id: `c${row.number}`, ...comment };
    }),
    commentExists: (id) => {
      const number = commentNumber(id);
      return number !== undefined && statements.commentExists.get(Number(number)) !== undefined;
    },
    addReport: write((commentId: string, readerId: string) => {
      const number = commentNumber(commentId);
      if (!number) throw new Error(`No comment ${commentId}`);
      return statements.addReport.run(Number(number), readerId, stamp()).changes === 1;
    }),
    addSubscriber: write((email: string) => statements.addSubscriber.run(email, stamp()).changes === 1),
    addTip: write((tip: StoredTip) => {
      statements.addTip.run(tip.slug, JSON.stringify(tip.recipients), tip.senderName, tip.senderEmail, tip.message ?? null, tip.sentAt);
    }),
    tips: () =>
      statements.tips.all().map((row) => ({
        slug: row.slug,
        recipients: JSON.parse(row.recipients) as string[],
        senderName: row.sender_name,
        senderEmail: row.sender_email,
        message: row.message ?? undefined,
        sentAt: row.sent_at,
      })),
    findIdempotency(scope) {
      const row = statements.findKey.get(scope.method, scope.path, scope.key, now() - IDEMPOTENCY_TTL_MS);
      return row && { ...scope, bodyHash: row.body_hash, status: row.status, body: JSON.parse(row.body) as unknown };
    },
    saveIdempotency: write((record: IdempotencyRecord) => {
      const at = now();
      statements.expireKeys.run(at - IDEMPOTENCY_TTL_MS);
      statements.saveKey.run(record.method, record.path, record.key, record.bodyHash, record.status, JSON.stringify(record.body), at);
    }),
    transaction: (work) => db.transaction(work)(),
    reset: write(() => {
      for (const table of ['reports', 'comments', 'subscribers', 'tips', 'idempotency_keys']) db.prepare(`DELETE FROM ${table}`).run();
      db.prepare("DELETE FROM sqlite_sequence WHERE name = 'tips'").run();
      seed();
    }),
    close: () => db.close(),
  };
}
