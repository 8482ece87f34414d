import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSmtp } from '../../../tests/support/smtp';
import { DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { createApi } from '../api/api';
import type { ApiApp } from '../api/respond';
import { startOutboxSender, type OutboxSender } from '../jobs/outboxSender';
import { createSearchService } from '../search/searchService';
import { createStore, type Store } from '../store/store';
import { createMailer } from './mailer';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const ORIGIN = 'https://www.rattslaget.example';
const FROM = 'Rättsläget <noreply@rattslaget.example>';

// What a tip becomes: e-mail through the outbox to a real SMTP server, on both databases.
describe.each(DIALECTS)('tips by e-mail through the outbox on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let clock = Date.parse('2026-12-02T09:00:00Z');
  const senders: OutboxSender[] = [];

  const tip = (body: object) =>
    api.fetch(new Request(`http://localhost/api/articles/${SLUG}/tips`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }), {
      incoming: { socket: { remoteAddress: '192.0.2.7' } },
    } as never);
  const sender = (smtpUrl: string | undefined, outboxDir = path.join(test.dir, 'outbox')) => {
    // A sender as a server would start one (its own store object), sweeping only when told to here.
    const made = startOutboxSender(createStore(test.database.db, test.database.dialect, () => clock), createMailer({ smtpUrl, from: FROM, outboxDir, log: () => {} }), { sweepMs: 3_600_000 });
    senders.push(made);
    return made;
  };

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: createSearchService(store, test.database.db), mail: { siteOrigin: () => ORIGIN, queued: () => {} }, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: ORIGIN, postgres: test.database.pool } });
  });
  afterEach(async () => {
    for (const made of senders.splice(0)) made.stop();
    await test.database.db.deleteFrom('outbox').execute();
  });
  afterAll(() => test.close());

  it('sends one e-mail per recipient, from the site, Reply-To the sender, with the headline, lead, link, the note escaped and why they got it', async () => {
    const smtp = await startSmtp();
    try {
      const answer = await tip({ recipients: ['anna@example.se', 'bo@example.se'], senderName: 'Åsa Ek', senderEmail: 'asa@example.se', message: 'Läs den här! <script>alert(1)</script>\nSärskilt slutet.' });
      expect(answer.status).toBe(202);
      expect(await store.outbox.counts()).toEqual({ pending: 2, sent: 0, failed: 0 });
      await sender(smtp.url).sweep();
      expect(await store.outbox.counts()).toEqual({ pending: 0, sent: 2, failed: 0 });
      expect(smtp.envelopes.sort()).toEqual([['anna@example.se'], ['bo@example.se']]);
      for (const mail of smtp.received) {
        expect(mail.to && 'text' in mail.to ? mail.to.text : '').toMatch(/^(anna|bo)@example\.se$/);
        expect(mail.from?.value).toEqual([{ name: 'Rättsläget', address: 'noreply@rattslaget.example' }]);
        expect(mail.replyTo?.text).toBe('asa@example.se');
        expect(mail.subject).toBe('Åsa Ek tipsar om: Polisens jämställdhetsarbete gav fler anmälda sexköp');
        expect(mail.text).toContain('Polisens jämställdhetsarbete gav fler anmälda sexköp');
        expect(mail.text).toContain('från 563 till 840 på ett år');
        expect(mail.text).toContain(`Läs artikeln: ${ORIGIN}/artikel/${SLUG}`);
        expect(mail.text).toContain('Läs den här! <script>alert(1)</script>\nSärskilt slutet.');
        expect(mail.text).toMatch(/Du får det här brevet för att Åsa Ek \(asa@example\.se\) skrev in din adress/);
        const html = String(mail.html);
        expect(html).toContain(`href="${ORIGIN}/artikel/${SLUG}"`);
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
        expect(html).not.toContain('<script>');
        expect(html).toMatch(/Du får det här brevet för att Åsa Ek/);
      }
    } finally {
      await smtp.stop();
    }
  });

  it('keeps every message while the SMTP server is down, across a restart, and then delivers each exactly once', async () => {
    const smtp = await startSmtp();
    const down = `smtp://127.0.0.1:${smtp.port}`;
    await smtp.stop();
    for (const who of ['ett', 'två', 'tre']) expect((await tip({ recipients: [`${who}@example.se`], senderName: 'Åsa', senderEmail: 'asa@example.se' })).status).toBe(202);
    const first = sender(down);
    await first.sweep();
    const pending = await test.database.db.selectFrom('outbox').select(['attempts', 'next_attempt_at', 'last_error']).where('status', '=', 'pending').execute();
    expect(pending).toHaveLength(3);
    expect(pending.every((row) => row.attempts === 1 && Date.parse(row.next_attempt_at) > clock && row.last_error)).toBe(true);
    first.stop();

    // "Restarted": another sender, after the wait, and the SMTP server back on the same port.
    const back = await startSmtp(smtp.port);
    try {
      clock += 31_000;
      const [a, b] = [sender(down), sender(down)];
      await Promise.all([a.sweep(), b.sweep()]);
      await a.sweep();
      expect(back.envelopes.flat().sort()).toEqual(['ett@example.se', 'tre@example.se', 'två@example.se']);
      expect(await store.outbox.counts()).toEqual({ pending: 0, sent: 3, failed: 0 });
    } finally {
      await back.stop();
    }
  });

  it('without SMTP_URL, writes each message as an .eml file a person can open', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'outbox-files-'));
    try {
      await tip({ recipients: ['cecilia@example.se'], senderName: 'Åsa', senderEmail: 'asa@example.se' });
      await sender(undefined, dir).sweep();
      const files = readdirSync(dir);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{8}-tip\.eml$/);
      const eml = readFileSync(path.join(dir, files[0] ?? ''), 'utf8');
      expect(eml).toMatch(/^To: cecilia@example\.se$/m);
      expect(eml).toMatch(/^Reply-To: asa@example\.se$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
