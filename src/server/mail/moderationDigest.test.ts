import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { startSmtp } from '../../../tests/support/smtp';
import { CONTENT_DIR, DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { createApi } from '../api/api';
import type { ApiApp } from '../api/respond';
import type { Role } from '../auth/roles';
import { readContentPackage } from '../content/contentPackage';
import { DIGEST_INTERVAL_MS, startModerationDigest } from '../jobs/moderationDigest';
import { startOutboxSender } from '../jobs/outboxSender';
import { createSearchService } from '../search/searchService';
import { resetReaderPosts } from '../store/seed';
import { createStore, type Store } from '../store/store';
import { createMailer } from './mailer';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';
const ORIGIN = 'https://www.rattslaget.example';
const FROM = 'Rättsläget <noreply@rattslaget.example>';
const MINUTE = 60_000;

// The moderators' digest of new reports, on both databases: once for many reports, at most
// every 15 minutes, only when something is new, once however many instances sweep.
describe.each(DIALECTS)('the moderators’ digest on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let clock = Date.parse('2026-12-02T09:00:00Z');
  let address = 0;

  /** A reader of their own (a new reader id, another address) reports a comment. */
  const report = async (id: string) => {
    const answer = await api.fetch(new Request(`http://localhost/api/comments/${id}/reports`, { method: 'POST', headers: { 'Content-Type': 'application/json' } }), {
      incoming: { socket: { remoteAddress: `198.51.100.${(address += 1) % 250}` } },
    } as never);
    expect(answer.status).toBe(201);
  };
  /** The digest's job as an instance starts it (its own store object): it sweeps at once, then only when told here. */
  const digestJob = () => startModerationDigest(createStore(test.database.db, test.database.dialect, () => clock), { siteOrigin: () => ORIGIN, sweepMs: 3_600_000 });
  /** An instance starts, sweeps once more: how many messages it queued. */
  const sweepOnce = async () => {
    const job = digestJob();
    try {
      return (await job.sweep()) + (await job.sweep());
    } finally {
      job.stop();
    }
  };
  const queued = () => test.database.db.selectFrom('outbox').select(['to_address', 'subject', 'text', 'html', 'kind']).orderBy('id').execute();
  const addStaff = async (role: Role, email: string, name: string, disabled = false) => {
    const id = await store.staff.add({ email, name, role, passwordHash: 'inte-ett-riktigt-lösenord' });
    if (disabled) await store.staff.disable(id);
  };

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: createSearchService(store, test.database.db), hideThreshold: 3, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: ORIGIN, postgres: test.database.pool } });
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await resetReaderPosts(test.database.db, test.database.dialect, (await readContentPackage(CONTENT_DIR)).comments);
    for (const table of ['outbox', 'moderation_digests', 'audit_log', 'staff_sessions', 'staff'] as const) await test.database.db.deleteFrom(table).execute();
    clock += 24 * 60 * MINUTE;
    await addStaff('moderator', 'moa@rattslaget.example', 'Moa Moderator');
    await addStaff('moderator', 'mikael@rattslaget.example', 'Mikael Moderator');
    await addStaff('moderator', 'slutat@rattslaget.example', 'Slutat Moderator', true);
    await addStaff('editor', 'eva@rattslaget.example', 'Eva Redaktör');
  });

  it('tells every active moderator, in one message each, of several reports at once; a real SMTP server gets text and HTML with the reader’s words escaped', async () => {
    // A reader's comment with markup in it, reported by two readers; another reported by one.
    const posted = await api.fetch(
      new Request(`http://localhost/api/articles/${SLUG}/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Troll <b>', text: 'Skamligt! <img src=x onerror=alert(1)> Alla poliser borde…' }) }),
      { incoming: { socket: { remoteAddress: '203.0.113.9' } } } as never,
    );
    const { id } = (await posted.json()) as { id: string };
    await report(id);
    await report(id);
    await report('c2');
    expect(await sweepOnce()).toBe(2);

    const messages = await queued();
    expect(messages.map((message) => message.to_address).sort()).toEqual(['mikael@rattslaget.example', 'moa@rattslaget.example']);
    expect(messages.every((message) => message.kind === 'moderation-digest')).toBe(true);

    const smtp = await startSmtp();
    const sender = startOutboxSender(store, createMailer({ smtpUrl: smtp.url, from: FROM, outboxDir: test.dir, log: () => {} }), { sweepMs: 3_600_000 });
    try {
      await sender.sweep();
      expect(smtp.envelopes.sort()).toEqual([['mikael@rattslaget.example'], ['moa@rattslaget.example']]);
      const mail = smtp.received.find((received) => received.to && 'text' in received.to && received.to.text === 'moa@rattslaget.example');
      expect(mail?.subject).toBe('Rättsläget: 2 anmälda kommentarer att granska');
      expect(mail?.from?.value).toEqual([{ name: 'Rättsläget', address: 'noreply@rattslaget.example' }]);
      const text = mail?.text ?? '';
      // Most reported first, each with its article, an excerpt and how many reported it.
      expect(text.indexOf('Troll <b>: Skamligt! <img src=x onerror=alert(1)> Alla poliser borde…')).toBeGreaterThan(-1);
      expect(text.indexOf('Troll <b>')).toBeLessThan(text.indexOf('Per N.: Vore intressant att se hur det ser ut efter 2018. Har ökningen hållit i sig?'));
      expect(text).toContain(`"${HEADLINE}"`);
      expect(text).toContain('Anmäld av 2 läsare sedan förra sammanställningen.');
      expect(text).toContain('Anmäld av 1 läsare sedan förra sammanställningen.');
      expect(text).toContain(`Granska kommentarerna: ${ORIGIN}/redaktion/kommentarer`);
      expect(text).toMatch(/du \(Moa Moderator\) modererar kommentarer/);
      const html = String(mail?.html);
      expect(html).toContain(`href="${ORIGIN}/redaktion/kommentarer"`);
      expect(html).toContain(`href="${ORIGIN}/artikel/${SLUG}#kommentar-c2"`);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html).toContain('Troll &lt;b&gt;:');
      expect(html).not.toMatch(/<img|<b>/);
    } finally {
      sender.stop();
      await smtp.stop();
    }
  });

  it('sends nothing when nothing is new, nothing again within 15 minutes, and the new reports once 15 minutes have passed', async () => {
    expect(await sweepOnce()).toBe(0);
    await report('c1');
    expect(await sweepOnce()).toBe(2);
    await report('c1');
    await report('c3');
    clock += 5 * MINUTE;
    expect(await sweepOnce()).toBe(0);
    clock += DIGEST_INTERVAL_MS - 5 * MINUTE - 1;
    expect(await sweepOnce()).toBe(0);
    clock += 1;
    expect(await sweepOnce()).toBe(2);
    const second = (await queued()).slice(2);
    expect(second.map((message) => message.subject)).toEqual(['Rättsläget: 2 anmälda kommentarer att granska', 'Rättsläget: 2 anmälda kommentarer att granska']);
    // Only what is new since the first digest, with the count so far.
    expect(second[0]?.text).toContain('Anmäld av 1 läsare sedan förra sammanställningen, 2 läsare totalt.');
    expect(second[0]?.text).toContain('Jonna: Medborgarlöftena');
    // Nothing new since: nothing, however long.
    clock += 2 * DIGEST_INTERVAL_MS;
    expect(await sweepOnce()).toBe(0);
    expect(await queued()).toHaveLength(4);
  });

  it('goes once when several instances sweep at the same moment', async () => {
    await report('c1');
    await report('c2');
    // Connections ready for every sweep, so that they really run side by side.
    await Promise.all(Array.from({ length: 4 }, () => sql`select 1`.execute(test.database.db)));
    // Four instances start together: each sweeps at once.
    const jobs = Array.from({ length: 4 }, digestJob);
    try {
      const counts = await Promise.all(jobs.map((job) => job.sweep()));
      expect(counts.reduce((sum, n) => sum + n, 0)).toBe(2);
    } finally {
      for (const job of jobs) job.stop();
    }
    expect((await queued()).map((message) => message.to_address).sort()).toEqual(['mikael@rattslaget.example', 'moa@rattslaget.example']);
    expect(await test.database.db.selectFrom('moderation_digests').select(['reports', 'recipients']).execute()).toEqual([{ reports: 2, recipients: 2 }]);
  });

  it('says when a comment is hidden by readers’ reports; with no active moderator, editors and admins are told', async () => {
    await test.database.db.updateTable('staff').set({ disabled_at: new Date(clock).toISOString() }).where('role', '=', 'moderator').execute();
    await addStaff('admin', 'ada@rattslaget.example', 'Ada Admin');
    await addStaff('contributor', 'mats@rattslaget.example', 'Mats Medarbetare');
    for (let i = 0; i < 3; i++) await report('c3');
    expect(await sweepOnce()).toBe(2);
    const messages = await queued();
    expect(messages.map((message) => message.to_address).sort()).toEqual(['ada@rattslaget.example', 'eva@rattslaget.example']);
    expect(messages[0]?.subject).toBe('Rättsläget: 1 anmäld kommentar att granska');
    expect(messages[0]?.text).toContain('Anmäld av 3 läsare sedan förra sammanställningen. Dold tills en moderator har beslutat.');
  });
});
