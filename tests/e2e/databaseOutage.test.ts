import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresServer } from '../support/postgres';
import { serveBuild, type RunningServer } from './buildApp';

// PostgreSQL goes away under a running server and comes back: pages answer 503 with a retry,
// writes 503 with the JSON error, and both recover by themselves. A server that cannot reach
// its database at start says where in one line and exits 1.

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const COMMENTS = `/api/articles/${SLUG}/comments`;

describe('the store’s PostgreSQL lost and back', () => {
  let postgres: PostgresServer;
  let server: RunningServer;

  beforeAll(async () => {
    // A server of its own: this suite stops it.
    postgres = await startPostgres();
    server = await serveBuild({ env: { DATABASE_URL: postgres.url, MOCK_SWITCHES: '' } });
  });
  afterAll(async () => {
    await server?.close();
    await postgres?.stop();
  });

  const page = () => fetch(new URL(`/artikel/${SLUG}`, server.baseUrl));
  const comment = (text: string) =>
    fetch(new URL(COMMENTS, server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: server.baseUrl }, body: JSON.stringify({ name: 'Maja', text }) });

  it('answers 503 with Retry-After while it is away, under load, and recovers by itself', async () => {
    expect((await page()).status).toBe(200);
    expect((await comment('Före avbrottet')).status).toBe(201);

    // Readers keep coming while the database stops and starts.
    const statuses: number[] = [];
    let loading = true;
    const load = (async () => {
      // A dropped connection counts as 0, which the check below refuses.
      while (loading) statuses.push(await fetch(new URL('/api/articles', server.baseUrl)).then((r) => r.status, () => 0));
    })();

    await postgres.pause();
    const down = await page();
    expect(down.status, server.output()).toBe(503);
    expect(down.headers.get('Retry-After')).toBeTruthy();
    expect(await down.text()).not.toMatch(/ECONNREFUSED|at .*\.js|node_modules/);
    const refused = await comment('Under avbrottet');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('Retry-After')).toBe('5');
    expect(await refused.json()).toMatchObject({ error: { code: 'unavailable' } });

    await postgres.resume();
    await expect.poll(async () => (await page()).status, { timeout: 15_000 }).toBe(200);
    expect((await comment('Efter avbrottet')).status).toBe(201);
    loading = false;
    await load;
    // Every answer under load was a success or a 503, never a 500 or a dropped connection.
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 200 && status !== 503)).toEqual([]);
    const texts = ((await (await fetch(new URL(`${COMMENTS}?order=oldest`, server.baseUrl))).json()) as { items: { text: string }[] }).items.map((c) => c.text);
    expect(texts.filter((text) => text.endsWith('avbrottet'))).toEqual(['Före avbrottet', 'Efter avbrottet']);
  });

  it('a server whose DATABASE_URL cannot be reached at start says where in one line and exits 1', async () => {
    await postgres.pause();
    try {
      const url = new URL(postgres.url);
      const failure = await serveBuild({ env: { DATABASE_URL: postgres.url } }).then(
        () => undefined,
        (error: Error) => error.message,
      );
      expect(failure).toMatch(/exited with 1/);
      const output = failure?.split('\n').slice(1).filter(Boolean) ?? [];
      expect(output).toEqual([`Kan inte ansluta till PostgreSQL på 127.0.0.1:${url.port}/rattsbladet_test (ECONNREFUSED)`]);
    } finally {
      await postgres.resume();
    }
  });
});
