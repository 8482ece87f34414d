import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { signInEveryRole } from '../../../../tests/support/staffSessions';
import { ROLES, type Role } from '../../auth/roles';
import { createSearchService } from '../../search/searchService';
import { createStore, type Store } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
type Who = Role | 'nobody';
const EVERYONE: Who[] = [...ROLES, 'nobody'];

const SET = {
  title: 'Anmälda sexköp',
  description: 'Anmälda brott om köp av sexuell tjänst.',
  unit: 'anmälda brott',
  source: { name: 'Brå', url: 'https://bra.se/statistik' },
  notes: ['Polisen har senare angett 848 för 2018.'],
  illustrative: false,
  csv: 'År;Anmälda sexköp\n2017;563\n2018;840\n',
};

// Statistics sets written in the newsroom, on both databases: who may, the CSV's errors by
// line, and the reader's chart data changed on the next request.
describe.each(DIALECTS)('the newsroom’s statistics on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let clock = Date.parse('2026-12-03T22:30:00Z');
  const cookies = {} as Record<Role, string>;

  const call = async (url: string, init: RequestInit = {}): Promise<Response> => api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: '192.0.2.8' } } } as never);
  const send = (who: Who, method: string, url: string, body?: unknown) =>
    call(url, { method, headers: { ...(who === 'nobody' ? {} : { Cookie: cookies[who] }), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: createSearchService(store, test.database.db), guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    Object.assign(cookies, await signInEveryRole(store, call, PASSWORD));
  });
  afterAll(() => test.close());

  describe('every role through every route', () => {
    const routes: { name: string; run: (who: Who) => Promise<Response>; expect: Record<Who, number> }[] = [
      { name: 'GET /api/newsroom/stats', run: (who) => send(who, 'GET', '/api/newsroom/stats'), expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/stats', run: (who) => send(who, 'POST', '/api/newsroom/stats', { ...SET, title: `Matris ${who}` }), expect: { contributor: 201, editor: 201, moderator: 403, admin: 201, nobody: 401 } },
      { name: 'GET /api/newsroom/stats/{id}', run: (who) => send(who, 'GET', '/api/newsroom/stats/sexkop-anmalda'), expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      {
        name: 'PUT /api/newsroom/stats/{id}',
        run: (who) => send(who, 'PUT', '/api/newsroom/stats/inkomna-mal-tingsratt', { ...SET, title: `Ändrad av ${who}` }),
        expect: { contributor: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 },
      },
    ];
    for (const route of routes) {
      it(`${route.name}: ${EVERYONE.map((who) => `${who} ${route.expect[who]}`).join(', ')}`, async () => {
        const got = {} as Record<Who, number>;
        for (const who of EVERYONE) {
          const answer = await route.run(who);
          got[who] = answer.status;
          expect([answer.headers.get('Cache-Control'), answer.headers.get('X-Robots-Tag')]).toEqual(['no-store', 'noindex']);
        }
        expect(got).toEqual(route.expect);
      });
    }
  });

  it('makes a set from pasted CSV that readers get at once, at an address from its title', async () => {
    const made = await send('contributor', 'POST', '/api/newsroom/stats', SET);
    expect(made.status).toBe(201);
    const set = (await made.json()) as { id: string; csv: string };
    expect(set.id).toBe('anmalda-sexkop');
    expect(set.csv).toBe('period;Anmälda sexköp\n2017;563\n2018;840');
    const again = (await (await send('contributor', 'POST', '/api/newsroom/stats', SET)).json()) as { id: string };
    expect(again.id).toBe('anmalda-sexkop-2');
    const reader = await call('/api/stats/anmalda-sexkop');
    expect(await reader.json()).toEqual({
      id: 'anmalda-sexkop',
      title: 'Anmälda sexköp',
      unit: 'anmälda brott',
      description: 'Anmälda brott om köp av sexuell tjänst.',
      source: { name: 'Brå', url: 'https://bra.se/statistik' },
      notes: ['Polisen har senare angett 848 för 2018.'],
      provenance: 'official',
      updatedAt: '2026-12-03',
      series: [{ id: 'anmalda-sexkop', name: 'Anmälda sexköp', points: [{ period: '2017', value: 563 }, { period: '2018', value: 840 }] }],
    });
    expect(((await (await call('/api/stats')).json()) as { items: { id: string }[] }).items.map((item) => item.id)).toContain('anmalda-sexkop');
  });

  it('changes a set for the reader’s next request, marked as made-up data when it is', async () => {
    // Past midnight, within the sessions' 12 idle hours.
    clock += 2 * 60 * 60 * 1000;
    const before = (await (await call('/api/stats/sexkop-anmalda')).json()) as { series: unknown[] };
    const current = (await (await send('editor', 'GET', '/api/newsroom/stats/sexkop-anmalda')).json()) as { title: string; csv: string; illustrative: boolean };
    expect(current.illustrative).toBe(false);
    const changed = await send('editor', 'PUT', '/api/newsroom/stats/sexkop-anmalda', { ...SET, title: current.title, illustrative: true, csv: `${current.csv}\n2019;900` });
    expect(changed.status).toBe(200);
    const after = (await (await call('/api/stats/sexkop-anmalda')).json()) as { provenance: string; updatedAt: string; series: { points: { period: string }[] }[] };
    expect(after).toMatchObject({ provenance: 'illustrative', updatedAt: '2026-12-04' });
    expect(after.series[0]?.points.at(-1)).toEqual({ period: '2019', value: 900 });
    expect(after.series).not.toEqual(before.series);
    const log = await store.staff.auditLog(30);
    expect(log.map((entry) => entry.action)).toEqual(expect.arrayContaining(['stats-created', 'stats-updated']));
  });

  it('refuses a table it cannot read, naming the line and column, and changes nothing', async () => {
    const refused = await send('editor', 'PUT', '/api/newsroom/stats/sexkop-anmalda', { ...SET, csv: 'År;Anmälda sexköp\n2017;563\n2018;840\n2019;tolv' });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toEqual({
      error: { code: 'validation_failed', message: "Rad 4: 'tolv' är inget tal (kolumn 2, \"Anmälda sexköp\").", fieldErrors: { csv: ["Rad 4: 'tolv' är inget tal (kolumn 2, \"Anmälda sexköp\")."] } },
    });
    const fields = await send('editor', 'POST', '/api/newsroom/stats', { ...SET, title: ' ', unit: '', source: { name: 'Brå', url: 'javascript:alert(1)' } });
    expect(fields.status).toBe(422);
    expect(((await fields.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toMatchObject({ title: expect.any(Array), unit: expect.any(Array), source: expect.any(Array) });
    expect((await send('editor', 'GET', '/api/newsroom/stats/finns-inte')).status).toBe(404);
    expect((await send('editor', 'PUT', '/api/newsroom/stats/finns-inte', SET)).status).toBe(404);
  });
});
