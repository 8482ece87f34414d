import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { hashPassword, passwordProblem } from '../../auth/passwords';
import { ROLES, type Role } from '../../auth/roles';
import { createStore } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
const HOUR = 60 * 60 * 1000;

// Signing in to the newsroom, on both databases: argon2id, sessions in the store, the
// same answer for a wrong password and an unknown address, throttling, and every way a
// session ends.
describe.each(DIALECTS)('staff sessions on %s', (_name, postgres) => {
  let test: TestStore;
  let api: ApiApp;
  let clock = Date.parse('2026-12-01T08:00:00Z');
  let accounts: Record<Role, number>;
  let addressCounter = 0;
  /** Each test signs in from an address of its own, so the per-address limit is its own too. */
  let address: string;

  const call = (url: string, init: RequestInit = {}, from = address) =>
    api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: from } } } as never);
  const signIn = (email: string, password: string, cookie?: string, from?: string) =>
    call('/api/newsroom/session', { method: 'POST', headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify({ email, password }) }, from);
  const sessionOf = (response: Response) => /^redaktion-session=([^;]*)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1];
  const whoAmI = (id: string | undefined) => call('/api/newsroom/session', { headers: { Cookie: `redaktion-session=${id}` } });

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined, { seed: false });
    const store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: { index: async () => { throw new Error('no search here'); } } as never, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    const passwordHash = await hashPassword(PASSWORD);
    accounts = {} as Record<Role, number>;
    for (const role of ROLES) accounts[role] = await store.staff.add({ email: `${role}@rattslaget.example`, name: `En ${role}`, role, passwordHash });
  });
  afterAll(() => test.close());
  beforeEach(() => {
    clock = Date.parse('2026-12-01T08:00:00Z');
    address = `203.0.113.${(addressCounter += 1)}`;
  });

  it('signs in with e-mail and password: a session cookie that is HttpOnly, SameSite=Strict and for the whole site', async () => {
    const answer = await signIn('EDITOR@rattslaget.example', PASSWORD);
    expect(answer.status).toBe(201);
    expect(await answer.json()).toEqual({ staff: { id: accounts.editor, email: 'editor@rattslaget.example', name: 'En editor', role: 'editor', roleName: 'Redaktör' } });
    const cookie = answer.headers.get('Set-Cookie') ?? '';
    expect(cookie).toMatch(/^redaktion-session=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=604800; HttpOnly; SameSite=Strict$/);
    expect(answer.headers.get('Cache-Control')).toBe('no-store');
    expect(answer.headers.get('X-Robots-Tag')).toBe('noindex');
    const me = await whoAmI(sessionOf(answer));
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ staff: { email: 'editor@rattslaget.example', role: 'editor' } });
  });

  it('stores only a hash of the session id', async () => {
    const id = sessionOf(await signIn('admin@rattslaget.example', PASSWORD));
    const rows = await test.database.db.selectFrom('staff_sessions').select('id_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((row) => row.id_hash)).not.toContain(id);
  });

  it('answers a wrong password and an unknown address alike: 401, the same words, about the same time', async () => {
    const store = createStore(test.database.db, test.database.dialect, () => clock);
    const passwordHash = await hashPassword(PASSWORD);
    const timed = async (email: string) => {
      const started = performance.now();
      const answer = await signIn(email, 'Fel lösenord helt och hållet', undefined, `198.18.0.${(addressCounter += 1) % 250}`);
      return { status: answer.status, body: await answer.json(), ms: performance.now() - started };
    };
    const ratios: number[] = [];
    for (let round = 0; round < 5; round++) {
      // An account of its own each round, so that no account reaches its failure limit.
      const email = `tid${round}-${addressCounter}@rattslaget.example`;
      await store.staff.add({ email, name: 'Tid', role: 'editor', passwordHash });
      const wrong = await timed(email);
      const unknown = await timed(`ingen${round}@rattslaget.example`);
      expect(wrong.status).toBe(401);
      expect(unknown).toMatchObject({ status: wrong.status, body: wrong.body });
      expect(wrong.body).toEqual({ error: { code: 'wrong_credentials', message: 'Fel e-post eller lösenord' } });
      ratios.push(unknown.ms / wrong.ms);
    }
    // Both verify an argon2id hash: neither answers in a fraction of the other's time (the median of five, on a busy machine).
    const median = [...ratios].sort((a, b) => a - b)[2] ?? 0;
    expect(median).toBeGreaterThan(0.33);
    expect(median).toBeLessThan(3);
  });

  it('after 5 failures for one account in 15 minutes, from anywhere, refuses even the right password with 429 and Retry-After', async () => {
    const store = createStore(test.database.db, test.database.dialect, () => clock);
    await store.staff.add({ email: 'sparras@rattslaget.example', name: 'Spärras', role: 'editor', passwordHash: await hashPassword(PASSWORD) });
    for (let i = 0; i < 5; i++) expect((await signIn('sparras@rattslaget.example', `fel ${i}`, undefined, `198.51.100.${i}`)).status).toBe(401);
    const refused = await signIn('sparras@rattslaget.example', PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'too_many_attempts', message: expect.stringMatching(/^För många misslyckade inloggningar/) } });
    // Another account is not locked by it.
    expect((await signIn('contributor@rattslaget.example', PASSWORD)).status).toBe(201);
  });

  it('after 20 failures from one address, refuses every account from there, and no other address', async () => {
    for (let i = 0; i < 20; i++) expect((await signIn(`gissning${i}@rattslaget.example`, 'fel')).status).toBe(401);
    expect((await signIn('admin@rattslaget.example', PASSWORD)).status).toBe(429);
    expect((await signIn('admin@rattslaget.example', PASSWORD, undefined, '192.0.2.200')).status).toBe(201);
  });

  it('gives a new session id at every sign-in: an id planted before it, or the last one, is worth nothing', async () => {
    const planted = 'A'.repeat(43);
    const first = await signIn('editor@rattslaget.example', PASSWORD, `redaktion-session=${planted}`);
    const id = sessionOf(first);
    expect(id).not.toBe(planted);
    expect((await whoAmI(planted)).status).toBe(401);
    const second = sessionOf(await signIn('editor@rattslaget.example', PASSWORD, `redaktion-session=${id}`));
    expect(second).not.toBe(id);
    expect((await whoAmI(id)).status).toBe(401);
    expect((await whoAmI(second)).status).toBe(200);
  });

  it('signs out on the server: the cookie is cleared and the id no longer works', async () => {
    const id = sessionOf(await signIn('editor@rattslaget.example', PASSWORD));
    const out = await call('/api/newsroom/session', { method: 'DELETE', headers: { Cookie: `redaktion-session=${id}` } });
    expect(out.status).toBe(204);
    expect(out.headers.get('Set-Cookie')).toMatch(/^redaktion-session=; Path=\/; Max-Age=0/);
    expect((await whoAmI(id)).status).toBe(401);
  });

  it('ends a session after 12 hours without a request, and after 7 days in any case', async () => {
    const idle = sessionOf(await signIn('editor@rattslaget.example', PASSWORD));
    clock += 12 * HOUR + 60_000;
    expect((await whoAmI(idle)).status).toBe(401);

    // In use every 11 hours: never idle for 12, yet over after 7 days (168 hours).
    const busy = sessionOf(await signIn('editor@rattslaget.example', PASSWORD));
    for (let hours = 11; hours <= 165; hours += 11) {
      clock += 11 * HOUR;
      expect((await whoAmI(busy)).status, `after ${hours} hours`).toBe(200);
    }
    clock += 11 * HOUR;
    expect((await whoAmI(busy)).status).toBe(401);
  });

  it('ends every session of an account that is disabled, at once, and lets it sign in no more', async () => {
    const store = createStore(test.database.db, test.database.dialect, () => clock);
    const passwordHash = await hashPassword(PASSWORD);
    const id = await store.staff.add({ email: `avstangd-${addressCounter}@rattslaget.example`, name: 'Snart avstängd', role: 'editor', passwordHash });
    const session = sessionOf(await signIn(`avstangd-${addressCounter}@rattslaget.example`, PASSWORD));
    expect((await whoAmI(session)).status).toBe(200);
    await store.staff.disable(id);
    expect((await whoAmI(session)).status).toBe(401);
    expect((await signIn(`avstangd-${addressCounter}@rattslaget.example`, PASSWORD)).status).toBe(401);
  });

  it('knows each role, and nobody signed out', async () => {
    for (const role of ROLES) {
      const answer = await whoAmI(sessionOf(await signIn(`${role}@rattslaget.example`, PASSWORD)));
      expect(answer.status, role).toBe(200);
      expect(await answer.json()).toMatchObject({ staff: { role } });
    }
    const signedOut = await call('/api/newsroom/session');
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get('X-Robots-Tag')).toBe('noindex');
  });

  it('writes sign-ins, failed ones and sign-outs to the audit log, with who, when and from where', async () => {
    const store = createStore(test.database.db, test.database.dialect, () => clock);
    await signIn('admin@rattslaget.example', 'fel lösenord');
    const id = sessionOf(await signIn('admin@rattslaget.example', PASSWORD));
    await call('/api/newsroom/session', { method: 'DELETE', headers: { Cookie: `redaktion-session=${id}` } });
    const log = (await store.staff.auditLog(3)).reverse();
    expect(log.map((entry) => entry.action)).toEqual(['sign-in-failed', 'sign-in', 'sign-out']);
    expect(log.every((entry) => entry.address === address && entry.at === new Date(clock).toISOString())).toBe(true);
    expect(log[1]).toMatchObject({ staff: 'admin@rattslaget.example', subject: 'admin@rattslaget.example' });
  });
});

describe('a new password', () => {
  it('has at least 12 characters and is not a common one', () => {
    expect(passwordProblem('kort')).toMatch(/minst 12 tecken/);
    for (const common of ['password1234', 'qwertyuiop123', 'lösenord1234', '123456789012']) expect(passwordProblem(common), common).toMatch(/för vanligt/);
    expect(passwordProblem('Redaktionen2026', ['Redaktionen'])).toMatch(/för vanligt/);
    expect(passwordProblem(PASSWORD)).toBeUndefined();
  });
});
