import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { signedLinks } from '../auth/signedLinks';
import { createSearchService } from '../search/searchService';
import { createStore, type Store } from '../store/store';
import { createApi } from './api';
import type { ApiApp } from './respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const ORIGIN = 'https://www.rattslaget.example';
const SECRET = 'en-hemlighet-som-bara-testerna-kanner-till-0123456789';
const HOUR = 60 * 60_000;

// The newsletter's double opt-in on both databases: what a reader's sign-up, the e-mail's
// link and its button do, and what they refuse.
describe.each(DIALECTS)('newsletter sign-up, confirmation and leaving on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let clock = Date.parse('2026-12-02T09:00:00Z');

  const call = (method: string, url: string, body?: unknown) =>
    api.fetch(
      new Request(`http://localhost${url}`, { method, headers: body === undefined ? {} : { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }),
      { incoming: { socket: { remoteAddress: '192.0.2.8' } } } as never,
    );
  const signUp = (email: string) => call('POST', '/api/newsletter/subscriptions', { email });
  const confirm = (token: string) => call('POST', '/api/newsletter/confirmations', { token });
  const leave = (token: string) => call('POST', '/api/newsletter/unsubscriptions', { token });
  const link = (token: string) => call('GET', `/api/newsletter/link?token=${encodeURIComponent(token)}`);
  const mails = () => test.database.db.selectFrom('outbox').selectAll().where('kind', '=', 'newsletter-confirmation').orderBy('id').execute();
  /** The token of the confirmation link in the latest mail to the address. */
  const mailedToken = async (email: string) => {
    const mail = (await mails()).filter((m) => m.to_address === email).at(-1);
    const url = /https:\/\/\S+\/nyhetsbrev\/bekrafta\?token=(\S+)/.exec(mail?.text ?? '');
    if (!url?.[1]) throw new Error(`no confirmation mail to ${email}`);
    return url[1];
  };
  const status = async (email: string) => (await store.newsletter.subscriberByEmail(email))?.status;

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined, { seed: false });
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({
      store,
      search: createSearchService(store, test.database.db),
      mail: { siteOrigin: () => ORIGIN, queued: () => {}, linkSecret: SECRET },
      guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: ORIGIN, postgres: test.database.pool },
    });
  });
  beforeEach(async () => {
    await test.database.db.deleteFrom('outbox').execute();
    await test.database.db.deleteFrom('newsletter_subscribers').execute();
  });
  afterAll(() => test.close());

  it('answers a new address and one already signed up alike, and mails a second sign-up within 10 minutes no second time', async () => {
    const first = await signUp('Ny@Example.se');
    expect(first.status).toBe(202);
    expect(await first.json()).toEqual({ email: 'Ny@Example.se', status: 'pending' });
    clock += 9 * 60_000;
    const second = await signUp('ny@example.se');
    expect(second.status).toBe(202);
    expect(await second.json()).toEqual({ email: 'ny@example.se', status: 'pending' });
    expect((await mails()).map((m) => m.to_address)).toEqual(['ny@example.se']);
    // Confirmed, the address gets the same answer and no mail at all.
    await confirm(await mailedToken('ny@example.se'));
    clock += 60 * 60_000;
    const third = await signUp('ny@example.se');
    expect([third.status, await third.json()]).toEqual([202, { email: 'ny@example.se', status: 'pending' }]);
    expect(await mails()).toHaveLength(1);
  });

  it('mails again after 10 minutes; either link confirms, and the consent is kept with its time and wording', async () => {
    await signUp('tva@example.se');
    const firstToken = await mailedToken('tva@example.se');
    clock += 11 * 60_000;
    await signUp('tva@example.se');
    expect(await mails()).toHaveLength(2);
    const mail = (await mails())[1];
    expect(mail?.subject).toBe('Bekräfta din prenumeration på Rättslägets nyhetsbrev');
    expect(mail?.html).toContain(`href="${ORIGIN}/nyhetsbrev/bekrafta?token=`);
    expect(mail?.text).toContain('Länken gäller i 48 timmar');
    expect(await status('tva@example.se')).toBe('pending');
    const confirmed = await confirm(firstToken);
    expect([confirmed.status, await confirmed.json()]).toEqual([200, { email: 'tva@example.se', status: 'confirmed' }]);
    const subscriber = await store.newsletter.subscriberByEmail('tva@example.se');
    expect(subscriber).toMatchObject({ status: 'confirmed', signedUpAt: new Date(clock).toISOString(), confirmedAt: new Date(clock).toISOString() });
    expect(subscriber?.consentWording).toMatch(/^Vi använder adressen bara för nyhetsbrevet/);
  });

  it('reads a link without changing anything: only the button’s post confirms', async () => {
    await signUp('las@example.se');
    const token = await mailedToken('las@example.se');
    const read = await link(token);
    expect(read.status).toBe(200);
    expect(read.headers.get('Cache-Control')).toBe('no-store');
    expect(await read.json()).toEqual({ purpose: 'confirm', email: 'las@example.se', status: 'pending' });
    expect(await status('las@example.se')).toBe('pending');
    expect((await confirm(token)).status).toBe(200);
    expect(await (await link(token)).json()).toMatchObject({ status: 'confirmed' });
  });

  it('lets a confirmation link expire after 48 hours (a new sign-up sends a new one)', async () => {
    await signUp('sen@example.se');
    const token = await mailedToken('sen@example.se');
    clock += 48 * HOUR + 1000;
    expect((await link(token)).status).toBe(410);
    const late = await confirm(token);
    expect([late.status, ((await late.json()) as { error: { code: string } }).error.code]).toEqual([410, 'token_expired']);
    expect(await status('sen@example.se')).toBe('pending');
    await signUp('sen@example.se');
    expect((await confirm(await mailedToken('sen@example.se'))).status).toBe(200);
  });

  it('refuses a tampered token, another purpose’s token, and one signed with another key', async () => {
    await signUp('akta@example.se');
    const token = await mailedToken('akta@example.se');
    const [prefix, id, issued, mac] = token.split('.') as [string, string, string, string];
    const other = await (async () => {
      await signUp('annan@example.se');
      return (await store.newsletter.subscriberByEmail('annan@example.se'))?.id ?? 0;
    })();
    const tampered = [
      `${prefix}.${other.toString(36)}.${issued}.${mac}`,
      `${prefix}.${id}.${(Number.parseInt(issued, 36) + 1).toString(36)}.${mac}`,
      `${prefix}.${id}.${issued}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`,
      `a.${id}.${issued}.${mac}`,
      signedLinks('en-annan-nyckel-som-inte-ar-sajtens-0123456789').sign('confirm', Number.parseInt(id, 36), clock),
      'inte-en-token',
    ];
    for (const forged of tampered) {
      expect((await confirm(forged)).status, forged).toBe(404);
      expect((await link(forged)).status, forged).toBe(404);
    }
    expect(await status('akta@example.se')).toBe('pending');
    expect(await status('annan@example.se')).toBe('pending');
  });

  it('leaves with one post of the leaving link, and signs up again afterwards (an old confirmation link no longer works)', async () => {
    await signUp('ut@example.se');
    const confirmToken = await mailedToken('ut@example.se');
    await confirm(confirmToken);
    const subscriber = await store.newsletter.subscriberByEmail('ut@example.se');
    const leaveToken = signedLinks(SECRET).sign('unsubscribe', subscriber?.id ?? 0, clock);
    expect(await (await link(leaveToken)).json()).toEqual({ purpose: 'unsubscribe', email: 'ut@example.se', status: 'confirmed' });
    clock += 1000;
    const left = await leave(leaveToken);
    expect([left.status, await left.json()]).toEqual([200, { email: 'ut@example.se', status: 'unsubscribed' }]);
    expect(await status('ut@example.se')).toBe('unsubscribed');
    expect((await leave(leaveToken)).status).toBe(200);
    // The confirmation link from before leaving cannot sign the address up again.
    clock += 1000;
    expect((await confirm(confirmToken)).status).toBe(410);
    expect(await status('ut@example.se')).toBe('unsubscribed');
    expect((await leave(confirmToken)).status).toBe(404);
    // Within 10 minutes of the first mail, but that one was used: a new one goes.
    await signUp('ut@example.se');
    expect(await mails()).toHaveLength(2);
    expect(await status('ut@example.se')).toBe('pending');
    expect((await confirm(await mailedToken('ut@example.se'))).status).toBe(200);
    expect(await status('ut@example.se')).toBe('confirmed');
  });

  it('keeps the key that signs links in the store when none is configured, the same for every instance', async () => {
    const a = await store.newsletter.secret('mail-links-test', () => 'forsta');
    const b = await createStore(test.database.db, test.database.dialect).newsletter.secret('mail-links-test', () => 'andra');
    expect([a, b]).toEqual(['forsta', 'forsta']);
  });
});
