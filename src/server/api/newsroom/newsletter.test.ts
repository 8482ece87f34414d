import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSmtp } from '../../../../tests/support/smtp';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { signInEveryRole } from '../../../../tests/support/staffSessions';
import { ROLES, type Role } from '../../auth/roles';
import { signedLinks } from '../../auth/signedLinks';
import { startOutboxSender } from '../../jobs/outboxSender';
import { createMailer } from '../../mail/mailer';
import { createSearchService } from '../../search/searchService';
import { createStore, type Store } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
const ORIGIN = 'https://www.rattslaget.example';
const SECRET = 'en-hemlighet-som-bara-testerna-kanner-till-0123456789';
const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

/** A header as sent, unfolded (mailparser keeps the List-* headers only as lines). */
const headerOf = (mail: ParsedMail, key: string) =>
  mail.headerLines
    .find((line) => line.key === key)
    ?.line.replace(/^[^:]+:\s*/, '')
    .replace(/\r\n\s+/g, ' ')
    .trim() ?? '';

// Sending the newsletter, on both databases: who may, what each confirmed subscriber gets
// (through the outbox to a real SMTP server), and the admins' export and deletion.
describe.each(DIALECTS)('the newsletter from the newsroom on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let articleId = 0;
  const cookies = {} as Record<Role, string>;

  const call = async (url: string, init: RequestInit = {}): Promise<Response> => api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: '192.0.2.9' } } } as never);
  const staff = (role: Role | 'nobody', method: string, url: string, body?: unknown) =>
    call(url, {
      method,
      headers: { ...(role === 'nobody' ? {} : { Cookie: cookies[role] }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const issue = () => ({ subject: 'Veckans rättsläge', intro: 'Hej!\n\nVeckan i korthet. <b>Inte fetstil</b>', articleIds: [articleId] });
  /** A subscriber in the given state, made as readers make one. */
  const subscriber = async (email: string, status: 'pending' | 'confirmed' | 'unsubscribed') => {
    const { id } = await store.newsletter.signUp(email, 'Samtycke');
    if (status !== 'pending') await store.newsletter.confirm(id, store.now());
    if (status === 'unsubscribed') await store.newsletter.unsubscribe(id);
  };

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect);
    api = createApi({
      store,
      search: createSearchService(store, test.database.db),
      mail: { siteOrigin: () => ORIGIN, queued: () => {}, linkSecret: SECRET },
      guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: ORIGIN, postgres: test.database.pool },
    });
    articleId = (await test.database.db.selectFrom('articles').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;
    Object.assign(cookies, await signInEveryRole(store, call, PASSWORD));
  });
  afterAll(() => test.close());

  it('lets editors and admins send the newsletter, admins alone export and delete subscribers; contributors and moderators neither', async () => {
    await subscriber('roll@example.se', 'confirmed');
    const routes: [string, (role: Role | 'nobody') => Promise<Response>, Record<Role | 'nobody', number>][] = [
      ['GET articles', (r) => staff(r, 'GET', '/api/newsroom/newsletter/articles'), { contributor: 403, moderator: 403, editor: 200, admin: 200, nobody: 401 }],
      ['POST preview', (r) => staff(r, 'POST', '/api/newsroom/newsletter/preview', issue()), { contributor: 403, moderator: 403, editor: 200, admin: 200, nobody: 401 }],
      ['POST test', (r) => staff(r, 'POST', '/api/newsroom/newsletter/test', issue()), { contributor: 403, moderator: 403, editor: 202, admin: 202, nobody: 401 }],
      ['GET issues', (r) => staff(r, 'GET', '/api/newsroom/newsletter/issues'), { contributor: 403, moderator: 403, editor: 200, admin: 200, nobody: 401 }],
      ['GET issue', (r) => staff(r, 'GET', '/api/newsroom/newsletter/issues/999'), { contributor: 403, moderator: 403, editor: 404, admin: 404, nobody: 401 }],
      ['POST send again', (r) => staff(r, 'POST', '/api/newsroom/newsletter/issues/999/send', {}), { contributor: 403, moderator: 403, editor: 404, admin: 404, nobody: 401 }],
      ['GET subscribers.csv', (r) => staff(r, 'GET', '/api/newsroom/subscribers.csv'), { contributor: 403, moderator: 403, editor: 403, admin: 200, nobody: 401 }],
      ['DELETE subscriber', (r) => staff(r, 'DELETE', '/api/newsroom/subscribers/finns-inte%40example.se'), { contributor: 403, moderator: 403, editor: 403, admin: 404, nobody: 401 }],
    ];
    const got: Record<string, Record<string, number>> = {};
    const want: Record<string, Record<string, number>> = {};
    for (const [name, run, expected] of routes) {
      want[name] = expected;
      got[name] = {};
      for (const who of [...ROLES, 'nobody'] as const) {
        const answer = await run(who);
        got[name][who] = answer.status;
        expect(answer.headers.get('Cache-Control')).toBe('no-store');
        expect(answer.headers.get('X-Robots-Tag')).toBe('noindex');
      }
    }
    expect(got).toEqual(want);
    // Only the allowed got through: two test mails (an editor's and an admin's), no issue.
    expect(await test.database.db.selectFrom('outbox').select('to_address').where('kind', '=', 'newsletter-test').orderBy('to_address').execute()).toEqual([
      { to_address: 'admin@rattslaget.example' },
      { to_address: 'editor@rattslaget.example' },
    ]);
    expect(await store.newsletter.issues()).toEqual([]);
    await test.database.db.deleteFrom('outbox').execute();
    await store.newsletter.remove('roll@example.se');
  });

  it('previews the HTML and the text with the articles, the intro as text, and refuses an issue without a published article', async () => {
    const answer = await staff('editor', 'POST', '/api/newsroom/newsletter/preview', issue());
    const preview = (await answer.json()) as { subject: string; html: string; text: string };
    expect(preview.subject).toBe('Veckans rättsläge');
    expect(preview.html).toContain(`href="${ORIGIN}/artikel/${SLUG}"`);
    expect(preview.html).toContain('&lt;b&gt;Inte fetstil&lt;/b&gt;');
    expect(preview.text).toContain(`Polisens jämställdhetsarbete gav fler anmälda sexköp\n`);
    expect(preview.text).toContain(`${ORIGIN}/artikel/${SLUG}`);
    const none = await staff('editor', 'POST', '/api/newsroom/newsletter/preview', { ...issue(), articleIds: [999_999] });
    expect(none.status).toBe(422);
    expect(await none.json()).toMatchObject({ error: { fieldErrors: { articleIds: ['Välj minst en publicerad artikel.'] } } });
    expect((await staff('editor', 'POST', '/api/newsroom/newsletter/preview', { ...issue(), subject: '' })).status).toBe(422);
  });

  it('sends an issue to every confirmed subscriber once, each with their own one-click leaving link, and counts the progress', async () => {
    const smtp = await startSmtp();
    const sender = startOutboxSender(createStore(test.database.db, test.database.dialect), createMailer({ smtpUrl: smtp.url, from: 'Rättsläget <noreply@rattslaget.example>', outboxDir: test.dir, log: () => {} }), { sweepMs: 3_600_000 });
    try {
      for (const email of ['a@example.se', 'b@example.se', 'c@example.se']) await subscriber(email, 'confirmed');
      await subscriber('vantar@example.se', 'pending');
      await subscriber('lamnat@example.se', 'unsubscribed');
      const sent = await staff('editor', 'POST', '/api/newsroom/newsletter/issues', issue());
      expect(sent.status).toBe(201);
      const made = (await sent.json()) as { id: number; status: string; recipients: number; delivery: Record<string, number> };
      expect(made).toMatchObject({ status: 'sent', recipients: 3, delivery: { pending: 3, sent: 0, failed: 0 } });
      await sender.sweep();
      expect(await (await staff('editor', 'GET', `/api/newsroom/newsletter/issues/${made.id}`)).json()).toMatchObject({ delivery: { pending: 0, sent: 3, failed: 0 } });
      // Going on with a sent issue sends no one a second copy.
      expect(await (await staff('editor', 'POST', `/api/newsroom/newsletter/issues/${made.id}/send`, {})).json()).toMatchObject({ recipients: 3 });
      expect(await sender.sweep()).toBe(0);

      const received = smtp.received.filter((mail) => mail.subject === 'Veckans rättsläge');
      expect(smtp.envelopes.flat().sort()).toEqual(['a@example.se', 'b@example.se', 'c@example.se']);
      for (const mail of received) {
        const to = mail.to && 'text' in mail.to ? mail.to.text : '';
        const header = headerOf(mail, 'list-unsubscribe');
        const url = /^<(https:\/\/www\.rattslaget\.example\/nyhetsbrev\/avsluta\?token=(a\.[^>]+))>$/.exec(header);
        expect(url, header).not.toBeNull();
        expect(headerOf(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
        expect(String(mail.html)).toContain(`href="${url?.[1]}"`);
        expect(mail.text).toContain(`Avsluta prenumerationen: ${url?.[1]}`);
        // The link is the subscriber's own.
        const read = signedLinks(SECRET).read(url?.[2] ?? '', 'unsubscribe', Date.now());
        expect(typeof read === 'object' ? (await store.newsletter.subscriber(read.subscriberId))?.email : read).toBe(to);
      }
      // One post with a header's token, and that subscriber gets no more issues.
      const first = /token=([^>]+)>/.exec(received[0] ? headerOf(received[0], 'list-unsubscribe') : '')?.[1] ?? '';
      expect((await call('/api/newsletter/unsubscriptions', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: first }) })).status).toBe(200);
      const next = (await (await staff('admin', 'POST', '/api/newsroom/newsletter/issues', { ...issue(), subject: 'Nästa vecka' })).json()) as { recipients: number };
      expect(next.recipients).toBe(2);

      const list = (await (await staff('editor', 'GET', '/api/newsroom/newsletter/issues')).json()) as { items: { subject: string; createdBy: string }[]; subscribers: Record<string, number> };
      expect(list.items.map((item) => [item.subject, item.createdBy])).toEqual([
        ['Nästa vecka', 'admin'],
        ['Veckans rättsläge', 'editor'],
      ]);
      expect(list.subscribers).toEqual({ pending: 1, confirmed: 2, unsubscribed: 2 });
    } finally {
      sender.stop();
      await smtp.stop();
    }
  });

  it('exports confirmed subscribers as CSV with formulas defused, and deletes an address with its mail', async () => {
    await subscriber('=HYPERLINK("http://evil.example")@example.se', 'confirmed');
    await subscriber('radera@example.se', 'confirmed');
    const answer = await staff('admin', 'GET', '/api/newsroom/subscribers.csv');
    expect(answer.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(answer.headers.get('Content-Disposition')).toMatch(/^attachment; filename="prenumeranter-\d{4}-\d{2}-\d{2}\.csv"$/);
    const csv = await answer.text();
    const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('e-post,bekräftad,anmäld,samtycke');
    expect(lines.some((line) => line.startsWith(`"'=HYPERLINK(""http://evil.example"")@example.se"`))).toBe(true);
    expect(lines.some((line) => line.startsWith('radera@example.se,'))).toBe(true);
    expect(lines.some((line) => line.startsWith('vantar@example.se'))).toBe(false);

    expect((await staff('admin', 'DELETE', '/api/newsroom/subscribers/Radera%40example.se')).status).toBe(204);
    expect((await staff('admin', 'DELETE', '/api/newsroom/subscribers/radera%40example.se')).status).toBe(404);
    expect(await store.newsletter.subscriberByEmail('radera@example.se')).toBeUndefined();
    expect(await (await staff('admin', 'GET', '/api/newsroom/subscribers.csv')).text()).not.toContain('radera@example.se');
    expect(await test.database.db.selectFrom('outbox').select('id').where('to_address', '=', 'radera@example.se').execute()).toEqual([]);
  });
});
