// npm run bench:mail: e-mail through the outbox to a local SMTP server (smtp-server in this
// process, as the tests use): the messages a second while the sender drains a queue of
// 10 000, and the time to drain it, on SQLite (and on PostgreSQL with --postgres).
//   -- --count N   messages (default 10 000)
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runnerImport } from 'vite';
import { argValue } from './builtServer.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COUNT = Number(argValue('--count') ?? 10_000);
const TARGET_PER_SECOND = 50;
const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent' })).module;

const { startSmtp } = await load('tests/support/smtp.ts');
const { openDatabase } = await load('src/server/store/connect.ts');
const { migrateToLatest } = await load('src/server/store/migrate.ts');
const { createStore } = await load('src/server/store/store.ts');
const { createMailer } = await load('src/server/mail/mailer.ts');
const { startOutboxSender } = await load('src/server/jobs/outboxSender.ts');

async function drain(name, databaseUrl) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-mail-'));
  const smtp = await startSmtp();
  const database = await openDatabase({ dataDir: dir, databaseUrl });
  try {
    await migrateToLatest(database.db);
    const store = createStore(database.db, database.dialect);
    await store.transaction(async (tx) => {
      for (let i = 0; i < COUNT; i++) {
        await tx.outbox.queue({ kind: 'bench', to: `lasare${i}@example.se`, subject: `Meddelande ${i}`, text: 'Ett kort brev.', html: '<p>Ett kort brev.</p>' });
      }
    });
    const started = performance.now();
    const sender = startOutboxSender(store, createMailer({ smtpUrl: smtp.url, from: 'Rättsläget <noreply@example.se>', outboxDir: dir }), { sweepMs: 3_600_000 });
    let sent = 0;
    const marks = [];
    while (sent < COUNT) {
      sent += await sender.sweep();
      marks.push({ at: performance.now() - started, sent });
      if (performance.now() - started > 600_000) break;
    }
    sender.stop();
    const seconds = (performance.now() - started) / 1000;
    const counts = await store.outbox.counts();
    const perSecond = counts.sent / seconds;
    console.log(`${name.padEnd(10)} ${COUNT} messages: drained in ${seconds.toFixed(1)} s, ${perSecond.toFixed(0)} messages/s; SMTP received ${smtp.received.length}; outbox ${JSON.stringify(counts)}  ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT MET'} (≥ ${TARGET_PER_SECOND}/s)`);
  } finally {
    await database.close();
    await smtp.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await drain('SQLite', undefined);
if (process.argv.includes('--postgres')) {
  const { startPostgres } = await load('tests/support/postgres.ts');
  const { createTestDatabase } = await load('tests/support/testDatabase.ts');
  const postgres = await startPostgres();
  try {
    const database = await createTestDatabase(postgres.url, 'bench_mail');
    await drain('PostgreSQL', database.url);
    await database.drop();
  } finally {
    await postgres.stop();
  }
}
