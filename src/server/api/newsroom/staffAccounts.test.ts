import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { hashPassword } from '../../auth/passwords';
import { createStore, type Store } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
const NEW_PASSWORD = 'Snöstorm över Kebnekaise 2031';
const PEOPLE = ['contributor', 'editor', 'moderator', 'admin'] as const;
type Person = (typeof PEOPLE)[number] | 'nobody';
type Account = { id: number; email: string; name: string; role: string; roleName: string; disabled: boolean; lastSignInAt: string | null };
type AuditPage = { items: { id: number; action: string; target: string | null; staff: { email: string } | null; details: Record<string, unknown> }[]; next: number | null };

// Staff accounts and the audit log, admins only, on both databases: each role gets exactly
// what it may, the newsroom always keeps an active admin, disabling ends sessions at once,
// and the log holds each change that happened and none that did not.
describe.each(DIALECTS)('staff accounts and the audit log on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  const clock = Date.parse('2026-12-03T09:00:00Z');
  const cookies = {} as Record<Person, string>;
  let counter = 0;

  const call = async (cookie: string | undefined, method: string, url: string, body?: unknown): Promise<Response> => {
    const headers = new Headers();
    if (cookie) headers.set('Cookie', cookie);
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    return api.fetch(new Request(`http://localhost${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }), { incoming: { socket: { remoteAddress: '192.0.2.9' } } } as never);
  };
  const as = (who: Person, method: string, url: string, body?: unknown) => call(who === 'nobody' ? undefined : cookies[who], method, url, body);
  const signIn = async (email: string, password = PASSWORD) => {
    const answer = await call(undefined, 'POST', '/api/newsroom/session', { email, password });
    const id = /^redaktion-session=([^;]+)/.exec(answer.headers.get('Set-Cookie') ?? '')?.[1];
    return id ? `redaktion-session=${id}` : undefined;
  };
  /** A staff member of this role, made straight in the store, and signed in. */
  const someone = async (role: 'contributor' | 'editor' | 'moderator' | 'admin') => {
    const email = `person${(counter += 1)}@rattslaget.example`;
    const id = await store.staff.add({ email, name: `Person ${counter}`, role, passwordHash: await hashPassword(PASSWORD) });
    return { id, email, cookie: (await signIn(email)) ?? '' };
  };
  const newcomer = (extra: object = {}) => ({ email: `ny${(counter += 1)}@rattslaget.example`, name: 'Nina Nyanställd', role: 'editor', password: NEW_PASSWORD, ...extra });
  const auditCount = async () => Number((await test.database.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined, { seed: false });
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: { index: async () => { throw new Error('no search here'); } } as never, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    for (const role of PEOPLE) cookies[role] = (await someone(role)).cookie;
  });
  afterAll(() => test.close());

  describe('every role through every route', () => {
    type Route = { name: string; run: (who: Person) => Promise<Response>; expect: Record<Person, number> };
    const routes: Route[] = [
      { name: 'GET /api/newsroom/staff', run: (who) => as(who, 'GET', '/api/newsroom/staff'), expect: { contributor: 403, editor: 403, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/staff', run: (who) => as(who, 'POST', '/api/newsroom/staff', newcomer()), expect: { contributor: 403, editor: 403, moderator: 403, admin: 201, nobody: 401 } },
      {
        name: 'PATCH /api/newsroom/staff/{id}',
        run: async (who) => as(who, 'PATCH', `/api/newsroom/staff/${(await someone('contributor')).id}`, { role: 'editor' }),
        expect: { contributor: 403, editor: 403, moderator: 403, admin: 200, nobody: 401 },
      },
      { name: 'GET /api/newsroom/audit', run: (who) => as(who, 'GET', '/api/newsroom/audit'), expect: { contributor: 403, editor: 403, moderator: 403, admin: 200, nobody: 401 } },
    ];
    for (const route of routes) {
      it(`${route.name}: ${Object.entries(route.expect).map(([who, status]) => `${who} ${status}`).join(', ')}`, async () => {
        const got: Record<string, number> = {};
        for (const who of [...PEOPLE, 'nobody'] as const) {
          const answer = await route.run(who);
          got[who] = answer.status;
          expect(answer.headers.get('Cache-Control'), `${who}: ${route.name}`).toBe('no-store');
          expect(answer.headers.get('X-Robots-Tag')).toBe('noindex');
        }
        expect(got).toEqual(route.expect);
      });
    }
  });

  it('lists every account with its role, whether it is disabled, and its last sign-in; never a password hash', async () => {
    const answer = await as('admin', 'GET', '/api/newsroom/staff');
    const { items } = (await answer.json()) as { items: Account[] };
    const editor = items.find((item) => item.email === 'person2@rattslaget.example');
    expect(editor).toMatchObject({ roleName: 'Redaktör', disabled: false, lastSignInAt: new Date(clock).toISOString() });
    expect(JSON.stringify(items)).not.toMatch(/argon2|passwordHash/);
    const neverSignedIn = await store.staff.add({ email: `aldrig${counter}@rattslaget.example`, name: 'Aldrig inloggad', role: 'editor', passwordHash: 'x' });
    const again = (await (await as('admin', 'GET', '/api/newsroom/staff')).json()) as { items: Account[] };
    expect(again.items.find((item) => item.id === neverSignedIn)?.lastSignInAt).toBeNull();
  });

  it('adds a staff member who can then sign in, and writes it to the log with who did it', async () => {
    const body = newcomer({ email: `  Karin.Larsson${counter}@Rattslaget.example `, name: 'Karin Larsson', role: 'moderator' });
    const answer = await as('admin', 'POST', '/api/newsroom/staff', body);
    expect(answer.status).toBe(201);
    const added = (await answer.json()) as Account;
    const email = body.email.trim().toLowerCase();
    expect(added).toMatchObject({ email, name: 'Karin Larsson', role: 'moderator', roleName: 'Moderator', disabled: false, lastSignInAt: null });
    expect(await signIn(email, NEW_PASSWORD)).toBeDefined();
    const log = (await (await as('admin', 'GET', '/api/newsroom/audit?action=staff-added&limit=1')).json()) as AuditPage;
    expect(log.items[0]).toMatchObject({ action: 'staff-added', target: email, staff: { email: 'person4@rattslaget.example' }, details: { role: 'moderator' } });
  });

  it('refuses a short or common initial password, a taken address and a bad role, naming the field, and logs none of them', async () => {
    const before = await auditCount();
    const refusals: [object, number, string][] = [
      [newcomer({ password: 'kort' }), 422, 'password'],
      [newcomer({ password: 'lösenord1234' }), 422, 'password'],
      [newcomer({ email: 'person2@rattslaget.example' }), 409, 'email'],
      [newcomer({ role: 'chefredaktör' }), 422, 'role'],
      [newcomer({ email: 'inte-en-adress' }), 422, 'email'],
      [newcomer({ name: 'Rad\nbrytning' }), 422, 'name'],
    ];
    for (const [body, status, field] of refusals) {
      const answer = await as('admin', 'POST', '/api/newsroom/staff', body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      const { error } = (await answer.json()) as { error: { fieldErrors: Record<string, string[]> } };
      expect(Object.keys(error.fieldErrors)).toEqual([field]);
    }
    const { error } = (await (await as('admin', 'POST', '/api/newsroom/staff', newcomer({ password: 'kort' }))).json()) as { error: { fieldErrors: Record<string, string[]> } };
    expect(error.fieldErrors.password).toEqual(['Lösenordet ska ha minst 12 tecken.']);
    expect(await auditCount()).toBe(before);
  });

  it('changes a name and a role, each in the log with what it was and what it became', async () => {
    const person = await someone('contributor');
    const answer = await as('admin', 'PATCH', `/api/newsroom/staff/${person.id}`, { name: 'Ny Namnsson', role: 'editor' });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toMatchObject({ id: person.id, name: 'Ny Namnsson', role: 'editor', roleName: 'Redaktör' });
    // The new role holds at once, in the session already open.
    expect((await call(person.cookie, 'GET', '/api/newsroom/articles')).status).toBe(200);
    const log = (await (await as('admin', 'GET', '/api/newsroom/audit?limit=2')).json()) as AuditPage;
    expect(log.items.map((entry) => [entry.action, entry.target, entry.details])).toEqual([
      ['staff-role-changed', person.email, { from: 'contributor', to: 'editor' }],
      ['staff-renamed', person.email, { from: `Person ${counter}`, to: 'Ny Namnsson' }],
    ]);
  });

  it('disabling ends the account’s sessions at once; enabling lets it sign in again; both are logged', async () => {
    const person = await someone('editor');
    const second = await signIn(person.email);
    expect((await call(person.cookie, 'GET', '/api/newsroom/session')).status).toBe(200);
    const answer = await as('admin', 'PATCH', `/api/newsroom/staff/${person.id}`, { disabled: true });
    expect(await answer.json()).toMatchObject({ disabled: true });
    for (const cookie of [person.cookie, second]) expect((await call(cookie, 'GET', '/api/newsroom/session')).status).toBe(401);
    expect(await signIn(person.email)).toBeUndefined();
    expect((await as('admin', 'PATCH', `/api/newsroom/staff/${person.id}`, { disabled: false })).status).toBe(200);
    expect(await signIn(person.email)).toBeDefined();
    const log = (await (await as('admin', 'GET', `/api/newsroom/audit?limit=4`)).json()) as AuditPage;
    expect(log.items.map((entry) => entry.action)).toEqual(['sign-in', 'staff-enabled', 'sign-in-failed', 'staff-disabled']);
  });

  it('never leaves the newsroom without an active admin: the last one can neither disable nor demote themselves, and nothing is logged', async () => {
    const test2 = await openTestStore(postgres ? inject('postgresUrl') : undefined, { seed: false });
    try {
      const own = createStore(test2.database.db, test2.database.dialect, () => clock);
      const ownApi = createApi({ store: own, search: {} as never, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test2.database.pool } });
      const hash = await hashPassword(PASSWORD);
      const anna = await own.staff.add({ email: 'anna@rattslaget.example', name: 'Anna', role: 'admin', passwordHash: hash });
      const bo = await own.staff.add({ email: 'bo@rattslaget.example', name: 'Bo', role: 'admin', passwordHash: hash });
      const send = (cookie: string, method: string, url: string, body?: unknown) =>
        ownApi.fetch(new Request(`http://localhost${url}`, { method, headers: { Cookie: cookie, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) }), { incoming: { socket: { remoteAddress: '192.0.2.10' } } } as never);
      const login = async (email: string) => {
        const answer = await send('', 'POST', '/api/newsroom/session', { email, password: PASSWORD });
        return `redaktion-session=${/^redaktion-session=([^;]+)/.exec(answer.headers.get('Set-Cookie') ?? '')?.[1]}`;
      };
      const annaCookie = await login('anna@rattslaget.example');
      const count = async () => (await own.staff.auditPage({ limit: 1000 })).length;

      // Two admins: Anna may demote Bo.
      expect((await send(annaCookie, 'PATCH', `/api/newsroom/staff/${bo}`, { role: 'editor' })).status).toBe(200);
      const logged = await count();
      for (const change of [{ role: 'editor' }, { disabled: true }, { role: 'moderator', disabled: true }]) {
        const refused = await send(annaCookie, 'PATCH', `/api/newsroom/staff/${anna}`, change);
        expect(refused.status, JSON.stringify(change)).toBe(409);
        expect(await refused.json()).toMatchObject({ error: { code: 'last_admin', message: expect.stringMatching(/minst en aktiv administratör/) } });
      }
      // Even a name change that comes with a refused demotion is not made.
      expect((await send(annaCookie, 'PATCH', `/api/newsroom/staff/${anna}`, { name: 'Annika', role: 'editor' })).status).toBe(409);
      expect(await own.staff.byId(anna)).toMatchObject({ name: 'Anna', role: 'admin', disabled: false });
      expect(await count()).toBe(logged);
      expect((await send(annaCookie, 'GET', '/api/newsroom/session')).status).toBe(200);
      // A disabled admin does not count: with Bo an admin again but disabled, Anna is still the last active one.
      await own.staff.update(bo, { role: 'admin' });
      await own.staff.disable(bo);
      expect((await send(annaCookie, 'PATCH', `/api/newsroom/staff/${anna}`, { disabled: true })).status).toBe(409);
      // Bo enabled: now Anna may step down.
      expect((await send(annaCookie, 'PATCH', `/api/newsroom/staff/${bo}`, { disabled: false })).status).toBe(200);
      expect((await send(annaCookie, 'PATCH', `/api/newsroom/staff/${anna}`, { role: 'editor' })).status).toBe(200);
      // Her session holds, with the role she has now.
      expect((await send(annaCookie, 'GET', '/api/newsroom/staff')).status).toBe(403);
    } finally {
      await test2.close();
    }
  });

  it('answers 404 for an unknown account and 422 for an empty change', async () => {
    expect((await as('admin', 'PATCH', '/api/newsroom/staff/999999', { role: 'editor' })).status).toBe(404);
    expect((await as('admin', 'PATCH', '/api/newsroom/staff/abc', { role: 'editor' })).status).toBe(404);
    const empty = await as('admin', 'PATCH', `/api/newsroom/staff/${(await someone('editor')).id}`, {});
    expect(empty.status).toBe(422);
  });

  it('reads the log newest first a page at a time, by action and by who, with every entry once', async () => {
    const admin = (await store.staff.list()).find((account) => account.email === 'person4@rattslaget.example');
    const all = (await store.staff.auditPage({ limit: 10_000 })).length;
    const seen: number[] = [];
    let next: number | null = null;
    do {
      const page = (await (await as('admin', 'GET', `/api/newsroom/audit?limit=7${next ? `&before=${next}` : ''}`)).json()) as AuditPage;
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...page.items.map((entry) => entry.id));
      next = page.next;
    } while (next !== null);
    expect(seen.length).toBe(all);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));

    const signIns = (await (await as('admin', 'GET', '/api/newsroom/audit?action=sign-in&limit=200')).json()) as AuditPage;
    expect(signIns.items.length).toBeGreaterThan(3);
    expect(signIns.items.every((entry) => entry.action === 'sign-in')).toBe(true);
    const byAdmin = (await (await as('admin', 'GET', `/api/newsroom/audit?staff=${admin?.id}&limit=200`)).json()) as AuditPage;
    expect(byAdmin.items.length).toBeGreaterThan(0);
    expect(byAdmin.items.every((entry) => entry.staff?.email === 'person4@rattslaget.example')).toBe(true);

    for (const query of ['limit=0', 'limit=201', 'limit=1e3', 'before=-1', 'staff=anna', 'action=DROP%20TABLE']) {
      const answer = await as('admin', 'GET', `/api/newsroom/audit?${query}`);
      expect(answer.status, query).toBe(422);
    }
  });
});
