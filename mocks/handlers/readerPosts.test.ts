// @vitest-environment node
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMemoryStore, IDEMPOTENCY_TTL_MS, setStore, type ReaderStore } from '../db.ts';
import { handlers } from '../handlerList.ts';

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const ORIGIN = 'http://localhost';

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}${url}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return getResponse(handlers, request).then((response) => {
    if (!response) throw new Error(`No handler for ${url}`);
    return response;
  });
}

async function commentIds(slug = SLUG): Promise<string[]> {
  const response = await getResponse(handlers, new Request(`${ORIGIN}/api/articles/${slug}/comments?order=oldest&pageSize=50`));
  const page = (await response?.json()) as { items: { id: string }[] };
  return page.items.map((c) => c.id);
}

const report = (id: string, headers: Record<string, string> = {}) => post(`/api/comments/${id}/reports`, undefined, headers);
const readerCookie = (response: Response) => /^reader-id=([^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1];

// The handlers behind the dev worker and the component tests (the server's own API has its tests in src/server/api).
describe.each([['in memory', (_dir: string, now: () => number) => createMemoryStore({ now })]])('what readers post to the mock API, stored %s', (_name, create) => {
  let dir: string;
  let clock: number;
  let store: ReaderStore;
  let previous: ReaderStore;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'reader-posts-'));
    clock = Date.parse('2026-12-01T10:00:00Z');
    store = create(dir, () => clock);
    previous = setStore(store);
  });
  afterEach(() => {
    setStore(previous);
    if ('close' in store && typeof store.close === 'function') store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  describe('an Idempotency-Key', () => {
    const comments = `/api/articles/${SLUG}/comments`;
    const key = { 'Idempotency-Key': '0b6f6e1e-2f6a-4d5e-8b1a-3c2d1e0f9a88' };

    it('replays the first answer to a retry with the same body, and applies it once', async () => {
      const first = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      const retry = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(await retry.json()).toEqual(await first.json());
      expect(await commentIds()).toEqual(['c1', 'c2', 'c3', 'c100']);
    });

    it('is a 422 with another body, which is not applied', async () => {
      await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      const reused = await post(comments, { name: 'Maja', text: 'Något helt annat' }, key);
      expect(reused.status).toBe(422);
      expect(await reused.json()).toEqual({ error: { code: 'idempotency_key_reused', message: expect.any(String) } });
      expect(await commentIds()).toEqual(['c1', 'c2', 'c3', 'c100']);
    });

    it('belongs to its path: the same key on another article is another request', async () => {
      await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      const elsewhere = await post('/api/articles/samtyckeslagen-sa-fungerar-den/comments', { name: 'Maja', text: 'Bra text!' }, key);
      expect(elsewhere.status).toBe(201);
      expect(await commentIds('samtyckeslagen-sa-fungerar-den')).toEqual(['c4', 'c101']);
    });

    it('is forgotten after a day: the same request is applied again', async () => {
      await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      clock += IDEMPOTENCY_TTL_MS;
      const later = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      expect(later.status).toBe(201);
      expect(await later.json()).toMatchObject({ id: 'c101' });
    });

    it('does not remember a refusal: a retry is answered afresh', async () => {
      const comment = (name: string) => post('/api/articles/inte-en-artikel/comments', { name, text: 'Hej' }, key);
      expect((await comment('Maja')).status).toBe(404);
      // The same key with the same body: still the refusal, worked out again, not a 422.
      expect((await comment('Maja')).status).toBe(404);
    });

    it('is refused when it is too long to be a key', async () => {
      const response = await post(comments, { name: 'Maja', text: 'Bra text!' }, { 'Idempotency-Key': 'x'.repeat(256) });
      expect(response.status).toBe(400);
      expect(await commentIds()).toEqual(['c1', 'c2', 'c3']);
    });
  });

  describe('a report', () => {
    it('gives a reader without one an anonymous id cookie, kept to the API', async () => {
      const response = await report('c1');
      expect(response.status).toBe(201);
      const cookie = response.headers.get('Set-Cookie') ?? '';
      expect(cookie).toMatch(/^reader-id=[0-9a-f-]{36}; /);
      expect(cookie).toContain('Path=/api');
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Lax');
      expect(Number(/Max-Age=(\d+)/.exec(cookie)?.[1])).toBeGreaterThan(365 * 24 * 60 * 60);
    });

    it('is recorded for a second reader; 409 only when this reader reported it already', async () => {
      const firstReport = await report('c1');
      const secondReport = await report('c1');
      expect(firstReport.status).toBe(201);
      expect(secondReport.status).toBe(201);
      const [first, second] = [readerCookie(firstReport), readerCookie(secondReport)];
      expect(second).toBeDefined();
      expect(second).not.toBe(first);
      const again = await report('c1', { Cookie: `reader-id=${first}` });
      expect(again.status).toBe(409);
      expect(again.headers.get('Set-Cookie')).toBeNull();
      expect(await again.json()).toMatchObject({ error: { code: 'already_reported' } });
      expect((await report('c1', { Cookie: `reader-id=${second}` })).status).toBe(409);
      expect((await report('c2', { Cookie: `reader-id=${first}` })).status).toBe(201);
    });

    it('of a comment that does not exist is a 404', async () => {
      expect((await report('c999')).status).toBe(404);
    });
  });

  it('stores a tip with its unique recipients, sender, message, article and time', async () => {
    const response = await post(`/api/articles/${SLUG}/tips`, {
      recipients: ['anna@example.se', 'ANNA@example.se', 'bo@example.se'],
      senderName: 'Åsa',
      senderEmail: 'asa@example.se',
      message: 'Läs den här.',
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ sent: 2 });
    expect(store.tips()).toEqual([
      {
        slug: SLUG,
        recipients: ['anna@example.se', 'bo@example.se'],
        senderName: 'Åsa',
        senderEmail: 'asa@example.se',
        message: 'Läs den här.',
        sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });
});
