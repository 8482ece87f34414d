import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/testDatabase';
import { DIST, serveBuild, type RunningServer } from './buildApp';

// Two server processes on one PostgreSQL, as behind a load balancer: nothing that must be
// shared lives in one of them.

const run = promisify(execFile);
const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const COMMENTS = `/api/articles/${SLUG}/comments`;

type Comment = { id: string; author: string; text: string };

describe('two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let dataDir: string;
  let one: RunningServer;
  let other: RunningServer;
  const env = () => ({ DATABASE_URL: database.url, DATA_DIR: dataDir, MOCK_SWITCHES: '', RATE_LIMIT_COMMENTS: '5', TRUST_PROXY: '1' });

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'instances');
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'rattslaget-instances-'));
    // Started at once: one migrates and fills the store, the other waits for its locks and finds it done.
    [one, other] = await Promise.all([serveBuild({ env: env() }), serveBuild({ env: env() })]);
  });
  afterAll(async () => {
    await Promise.all([one?.close(), other?.close()]);
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (server: RunningServer, url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(url, server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const comments = async (server: RunningServer): Promise<Comment[]> =>
    ((await (await fetch(new URL(`${COMMENTS}?order=oldest&pageSize=50`, server.baseUrl))).json()) as { items: Comment[] }).items;

  it('started together, they filled the store once', async () => {
    const total = async (server: RunningServer) => ((await (await fetch(new URL('/api/articles', server.baseUrl))).json()) as { total: number }).total;
    expect(await total(one)).toBe(13);
    expect(await total(other)).toBe(13);
    expect((await comments(one)).map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });

  it('a comment posted on one is listed by the other, and a key replayed on the other gets the first answer', async () => {
    const key = { 'Idempotency-Key': '7d1c2b3a-4e5f-4a6b-8c7d-9e0f1a2b3c4d' };
    const posted = await post(one, COMMENTS, { name: 'Maja', text: 'Syns jag på den andra servern?' }, key);
    expect(posted.status).toBe(201);
    const first = (await posted.json()) as Comment;
    expect(await comments(other)).toContainEqual(expect.objectContaining({ id: first.id, text: 'Syns jag på den andra servern?' }));
    const replayed = await post(other, COMMENTS, { name: 'Maja', text: 'Syns jag på den andra servern?' }, key);
    expect(replayed.status).toBe(201);
    expect(await replayed.json()).toEqual(first);
    expect((await comments(one)).filter((c) => c.author === 'Maja')).toHaveLength(1);
  });

  it('counts one address’s comments on both: the sixth in a minute, alternating between them, is a 429', async () => {
    // One reader's address, as the proxy in front of both saw it.
    const from = { 'X-Forwarded-For': '198.51.100.7' };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post(i % 2 ? other : one, COMMENTS, { name: 'Per', text: `Kommentar ${i + 1}` }, from)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('sees an article imported into the database on the next request, on both: page, lists, sitemap and feed', async () => {
    // Both have built their sitemap before the change.
    for (const server of [one, other]) expect((await fetch(new URL('/sitemap.xml', server.baseUrl))).status).toBe(200);
    const exported = await fetch(new URL(`/api/articles/${SLUG}`, one.baseUrl)).then((r) => r.json() as Promise<Record<string, unknown>>);
    const record = { ...exported, slug: 'ny-artikel-fran-importen', headline: 'Ny artikel från importen', status: 'published', publishedAt: new Date().toISOString() };
    const file = path.join(dataDir, 'new.ndjson');
    writeFileSync(file, `${JSON.stringify(record)}\n`);
    await run(process.execPath, [path.join(DIST, 'server/content.js'), 'import', file], { env: { ...process.env, ...env() } });
    for (const server of [one, other]) {
      const latest = (await (await fetch(new URL('/api/articles?pageSize=1', server.baseUrl))).json()) as { items: { slug: string }[] };
      expect(latest.items[0]?.slug).toBe('ny-artikel-fran-importen');
      expect((await fetch(new URL('/artikel/ny-artikel-fran-importen', server.baseUrl))).status).toBe(200);
      // The sitemap and the feed too: no copy of the site's index is kept past a change.
      expect(await (await fetch(new URL('/sitemap.xml', server.baseUrl))).text()).toContain('/artikel/ny-artikel-fran-importen<');
      expect(await (await fetch(new URL('/rss.xml', server.baseUrl))).text()).toContain('Ny artikel från importen');
    }
  });
});
