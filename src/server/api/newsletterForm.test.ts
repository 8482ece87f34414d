import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { mountNewsletterSignup } from '../newsletterSignupRoute';
import { createSearchService } from '../search/searchService';
import { createStore, type Store } from '../store/store';
import { createApi } from './api';

const ORIGIN = 'https://www.rattslaget.example';
const SECRET = 'en-hemlighet-som-bara-testerna-kanner-till-0123456789';

// The sign-up form a reader posts without JavaScript (POST /nyhetsbrev): the same sign-up as the
// API's, on both databases; the page it renders is checked in Chromium (tests/e2e/newsletter.test.ts).
describe.each(DIALECTS)('the newsletter form posted without scripts on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let app: Hono<{ Bindings: HttpBindings }>;
  /** The requests the page was rendered for. */
  let rendered: Request[];

  const post = (body: string, headers: Record<string, string> = {}, address = '192.0.2.9') =>
    app.request(
      `${ORIGIN}/nyhetsbrev`,
      { method: 'POST', body, headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN, 'Sec-Fetch-Site': 'same-origin', Cookie: 'theme=dark', ...headers } },
      { incoming: { socket: { remoteAddress: address } } } as never,
    );
  const mails = () => test.database.db.selectFrom('outbox').selectAll().where('kind', '=', 'newsletter-confirmation').execute();

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined, { seed: false });
    store = createStore(test.database.db, test.database.dialect, () => Date.now());
    const api = createApi({
      store,
      search: createSearchService(store, test.database.db),
      mail: { siteOrigin: () => ORIGIN, queued: () => {}, linkSecret: SECRET },
      guards: { rateLimits: { comments: 1000, reports: 1000, tips: 1000, subscriptions: 3, other: 1000 }, trustProxy: false, publicOrigin: ORIGIN, postgres: test.database.pool },
    });
    app = new Hono();
    // The page: which outcome and address it was asked to show is what the render is given.
    mountNewsletterSignup(app, api, () => ORIGIN, (request) => {
      rendered.push(request);
      return Promise.resolve(new Response('<!doctype html><title>Nyhetsbrev</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60', Vary: 'Cookie' } }));
    });
  });
  beforeEach(async () => {
    rendered = [];
    await test.database.db.deleteFrom('outbox').execute();
    await test.database.db.deleteFrom('newsletter_subscribers').execute();
  });
  afterAll(() => test.close());

  it('signs the address up as the API does (pending, a confirmation mailed) and sends the reader to the page saying so', async () => {
    const answer = await post('email=Forst%40example.se', {}, '192.0.2.10');
    expect(answer.status).toBe(303);
    expect(answer.headers.get('Location')).toBe('/nyhetsbrev?anmalan=skickad');
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect((await store.newsletter.subscriberByEmail('forst@example.se'))?.status).toBe('pending');
    const sent = await mails();
    expect(sent.map((mail) => mail.to_address)).toEqual(['forst@example.se']);
    expect(sent[0]?.text).toContain(`${ORIGIN}/nyhetsbrev/bekrafta?token=`);
    // Again: the same answer, and no second mail within ten minutes (the API's rule).
    expect((await post('email=forst%40example.se', {}, '192.0.2.10')).status).toBe(303);
    expect(await mails()).toHaveLength(1);
  });

  it('gives a bad address back on the page with 422, the address kept, never stored or indexed', async () => {
    for (const [body, typed] of [['email=inte-en-adress', 'inte-en-adress'], ['email=', ''], ['', '']] as const) {
      const answer = await post(body, {}, '192.0.2.11');
      expect(answer.status, body).toBe(422);
      expect(answer.headers.get('Cache-Control')).toBe('no-store');
      expect(answer.headers.get('X-Robots-Tag')).toBe('noindex');
      expect(answer.headers.get('Vary')).toBeNull();
      const page = new URL(rendered.at(-1)!.url);
      expect([page.pathname, page.searchParams.get('anmalan'), page.searchParams.get('epost')]).toEqual(['/nyhetsbrev', 'ogiltig', typed]);
      // Rendered in the reader's own theme.
      expect(rendered.at(-1)!.headers.get('Cookie')).toBe('theme=dark');
    }
    expect(await mails()).toHaveLength(0);
  });

  it('refuses a post from another site, and anything but a small form', async () => {
    expect((await post('email=a%40example.se', { Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await post('email=a%40example.se', { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post('email=a%40example.se', { 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
    expect((await post('{"email":"a@example.se"}', { 'Content-Type': 'application/json' })).status).toBe(415);
    expect((await post(`email=a%40example.se&x=${'a'.repeat(3000)}`)).status).toBe(413);
    expect(await mails()).toHaveLength(0);
    expect(await store.newsletter.subscriberByEmail('a@example.se')).toBeUndefined();
  });

  it("counts against the API's sign-up limit for the reader's address: past it, 429 on the page with the address kept", async () => {
    const statuses = [];
    for (let n = 0; n < 4; n++) statuses.push((await post(`email=gransen${n}%40example.se`, {}, '192.0.2.12')).status);
    expect(statuses).toEqual([303, 303, 303, 429]);
    const refused = await post('email=gransen9%40example.se', {}, '192.0.2.12');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('Cache-Control')).toBe('no-store');
    const page = new URL(rendered.at(-1)!.url);
    expect([page.searchParams.get('anmalan'), page.searchParams.get('epost')]).toEqual(['for-manga', 'gransen9@example.se']);
    expect(await store.newsletter.subscriberByEmail('gransen9@example.se')).toBeUndefined();
    // Another reader is not held back.
    expect((await post('email=annan%40example.se', {}, '192.0.2.13')).status).toBe(303);
  });

  it('says the store is away with 503 and the page, the address kept, never a stack trace', async () => {
    const down = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const away: Store = { ...store, transaction: () => Promise.reject(down) };
    const api = createApi({
      store: away,
      search: createSearchService(store, test.database.db),
      mail: { siteOrigin: () => ORIGIN, queued: () => {}, linkSecret: SECRET },
      guards: { rateLimits: { comments: 1, reports: 1, tips: 1, subscriptions: 1000, other: 1 }, trustProxy: false, publicOrigin: ORIGIN },
    });
    const outage = new Hono<{ Bindings: HttpBindings }>();
    mountNewsletterSignup(outage, api, () => ORIGIN, (request) => {
      rendered.push(request);
      return Promise.resolve(new Response('<!doctype html><title>Nyhetsbrev</title>', { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
    });
    // The API logs the outage for the operator (its own line, no stack for the reader).
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const answer = await outage.request(`${ORIGIN}/nyhetsbrev`, {
      method: 'POST',
      body: 'email=vantar%40example.se',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: ORIGIN },
    });
    logged.mockRestore();
    expect(answer.status).toBe(503);
    expect(answer.headers.get('Retry-After')).toBe('5');
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(await answer.text()).not.toMatch(/ECONNREFUSED|at .*\.ts/);
    const page = new URL(rendered.at(-1)!.url);
    expect([page.searchParams.get('anmalan'), page.searchParams.get('epost')]).toEqual(['otillganglig', 'vantar@example.se']);
  });
});
