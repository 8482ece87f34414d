import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type BuiltServer } from '../bench/builtServer.mjs';
import { DIST } from './buildApp';

// What readers post to our API is in the store (<DATA_DIR>/store.sqlite): it outlives
// the server process, whether the server is stopped or killed outright.

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const COMMENTS = `/api/articles/${SLUG}/comments`;

type Comment = { id: string; author: string; text: string; postedAt: string; state: string };

describe('our API across restarts', () => {
  let dataDir: string;
  let server: BuiltServer | undefined;

  const start = async () => {
    // Behind a trusted proxy, so that a test can post as readers at different addresses.
    server = await startBuiltServer(DIST, { env: { DATA_DIR: dataDir, TRUST_PROXY: '1' } });
    return server.origin;
  };
  const post = (origin: string, url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(new URL(url, origin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: origin, ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const comments = async (origin: string): Promise<Comment[]> => {
    const response = await fetch(new URL(`${COMMENTS}?order=oldest&pageSize=50`, origin));
    expect(response.status).toBe(200);
    return ((await response.json()) as { items: Comment[] }).items;
  };
  const readerId = (response: Response) => /^reader-id=([^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1];

  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'rattslaget-persistence-'));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps a posted comment and its id after a restart, and gives the next comment a new id', async () => {
    let origin = await start();
    const key = { 'Idempotency-Key': 'f2a7c1de-9d0b-4c59-9a7e-5b0f6a1d2e3c' };
    const posted = await post(origin, COMMENTS, { name: 'Maja', text: 'Finns jag kvar efter en omstart?' }, key);
    expect(posted.status).toBe(201);
    const first = (await posted.json()) as Comment;
    const report = await post(origin, `/api/comments/${first.id}/reports`, undefined);
    expect(report.status).toBe(201);
    const reader = readerId(report);
    expect(reader).toBeDefined();
    await server?.close();

    origin = await start();
    expect(await comments(origin)).toContainEqual(first);
    // The retry of the same post is answered as before; the key with another text is refused.
    const retry = await post(origin, COMMENTS, { name: 'Maja', text: 'Finns jag kvar efter en omstart?' }, key);
    expect(retry.status).toBe(201);
    expect(await retry.json()).toEqual(first);
    expect((await post(origin, COMMENTS, { name: 'Maja', text: 'En annan text' }, key)).status).toBe(422);
    // The reader's report is remembered; another reader's, from another address, is still counted.
    expect((await post(origin, `/api/comments/${first.id}/reports`, undefined, { Cookie: `reader-id=${reader}`, 'X-Forwarded-For': '192.0.2.50' })).status).toBe(409);
    expect((await post(origin, `/api/comments/${first.id}/reports`, undefined, { 'X-Forwarded-For': '192.0.2.51' })).status).toBe(201);

    const next = await post(origin, COMMENTS, { name: 'Per', text: 'Och jag kommer efter.' });
    expect(next.status).toBe(201);
    const second = (await next.json()) as Comment;
    expect(Number(second.id.slice(1))).toBeGreaterThan(Number(first.id.slice(1)));
    expect((await comments(origin)).filter((c) => c.author === 'Maja' || c.author === 'Per')).toEqual([first, second]);
  });

  it('loses no acknowledged comment when the server is killed outright', async () => {
    await server?.close();
    let origin = await start();
    const posted = await post(origin, COMMENTS, { name: 'Jonna', text: 'Skriven strax före ett strömavbrott.' });
    expect(posted.status).toBe(201);
    const comment = (await posted.json()) as Comment;
    if (server?.pid) process.kill(server.pid, 'SIGKILL');
    await server?.close();

    origin = await start();
    expect(await comments(origin)).toContainEqual(comment);
  });
});
