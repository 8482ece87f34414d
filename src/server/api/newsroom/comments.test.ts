import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { signInEveryRole } from '../../../../tests/support/staffSessions';
import { readContentPackage } from '../../content/contentPackage';
import { ROLES, type Role } from '../../auth/roles';
import { createSearchService } from '../../search/searchService';
import { resetReaderPosts } from '../../store/seed';
import { createStore, type Store } from '../../store/store';
import { CONTENT_DIR } from '../../../../tests/support/testStore';
import { createApi } from '../api';
import type { ApiApp } from '../respond';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

// Moderation, on both databases: what readers see of it, and who may do it.
describe.each(DIALECTS)('comment moderation on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  const cookies = {} as Record<Role, string>;
  let address = 0;

  const call = async (url: string, init: RequestInit = {}, from = `192.0.2.${(address % 250) + 1}`): Promise<Response> =>
    api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: from } } } as never);
  const staff = (role: Role, method: string, url: string, body?: unknown) =>
    call(url, { method, headers: { Cookie: cookies[role], ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }, body: body === undefined ? undefined : JSON.stringify(body) });
  const readerPost = (url: string, body: unknown, cookie?: string) =>
    call(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: body === undefined ? undefined : JSON.stringify(body) }, `198.51.100.${(address += 1) % 250}`);
  const comments = async () => ((await (await call(`/api/articles/${SLUG}/comments?order=oldest&pageSize=50`)).json()) as { items: { id: string; author: string; text: string; state: string }[] }).items;
  const report = (id: string) => readerPost(`/api/comments/${id}/reports`, undefined);
  const articleId = async () => (await test.database.db.selectFrom('articles').select('id').where('slug', '=', SLUG).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect);
    api = createApi({ store, search: createSearchService(store, test.database.db), hideThreshold: 3, guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    Object.assign(cookies, await signInEveryRole(store, call, PASSWORD));
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    await resetReaderPosts(test.database.db, test.database.dialect, (await readContentPackage(CONTENT_DIR)).comments);
    await store.moderation.setCommentMode(await articleId(), 'open');
  });

  it('lists reported comments first, with how many readers reported each', async () => {
    await report('c2');
    await report('c1');
    await report('c1');
    const answer = await staff('moderator', 'GET', '/api/newsroom/comments?status=reported');
    expect(answer.status).toBe(200);
    const { items } = (await answer.json()) as { items: { id: string; reports: number; article: { slug: string } }[] };
    expect(items.map((item) => [item.id, item.reports])).toEqual([
      ['c1', 2],
      ['c2', 1],
    ]);
    expect(items[0]?.article.slug).toBe(SLUG);
  });

  it('hides a comment with a reason: readers see it in its place, without its words; restoring brings them back', async () => {
    expect((await staff('moderator', 'POST', '/api/newsroom/comments/c2/hide', { reason: 'Personangrepp' })).status).toBe(200);
    const hidden = (await comments()).find((c) => c.id === 'c2');
    expect(hidden).toEqual({ id: 'c2', author: '', text: '', postedAt: expect.any(String), state: 'removed' });
    const all = JSON.stringify(await (await call(`/api/articles/${SLUG}/comments?pageSize=50`)).json());
    expect(all).not.toContain('Har ökningen hållit i sig');
    expect((await staff('moderator', 'POST', '/api/newsroom/comments/c2/restore')).status).toBe(200);
    expect((await comments()).find((c) => c.id === 'c2')).toMatchObject({ state: 'published', author: 'Per N.' });
    const log = await store.staff.auditLog(2);
    expect(log.map((entry) => entry.action)).toEqual(['comment-restored', 'comment-hidden']);
  });

  it('hides a comment by itself once 3 different readers have reported it, until a moderator decides', async () => {
    await report('c3');
    await report('c3');
    expect((await comments()).find((c) => c.id === 'c3')?.state).toBe('published');
    await report('c3');
    expect((await comments()).find((c) => c.id === 'c3')?.state).toBe('removed');
    const { items } = (await (await staff('editor', 'GET', '/api/newsroom/comments?status=hidden')).json()) as { items: { id: string; hidden: { reason: string; byStaff: boolean } }[] };
    expect(items.find((item) => item.id === 'c3')?.hidden).toEqual(expect.objectContaining({ reason: 'Anmäld av 3 läsare', byStaff: false }));
  });

  it('deletes a comment', async () => {
    expect((await staff('admin', 'DELETE', '/api/newsroom/comments/c1')).status).toBe(204);
    expect((await comments()).map((c) => c.id)).toEqual(['c2', 'c3']);
  });

  it('pre-moderates an article: new comments wait, and the writer is told; approved, they are shown', async () => {
    expect((await staff('editor', 'POST', `/api/newsroom/articles/${await articleId()}/comments`, { mode: 'premoderated' })).status).toBe(200);
    const posted = await readerPost(`/api/articles/${SLUG}/comments`, { name: 'Maja', text: 'En helt vanlig kommentar.' });
    const comment = (await posted.json()) as { id: string; state: string };
    expect(comment.state).toBe('pending');
    expect((await comments()).map((c) => c.id)).not.toContain(comment.id);
    expect(await (await staff('editor', 'GET', `/api/newsroom/articles/${await articleId()}/comments`)).json()).toEqual({ id: await articleId(), mode: 'premoderated' });
    expect((await staff('editor', 'GET', '/api/newsroom/articles/999999/comments')).status).toBe(404);
    expect((await staff('moderator', 'POST', `/api/newsroom/comments/${comment.id}/approve`)).status).toBe(200);
    expect((await comments()).map((c) => c.id)).toContain(comment.id);
  });

  it('closes an article’s comments', async () => {
    await staff('editor', 'POST', `/api/newsroom/articles/${await articleId()}/comments`, { mode: 'closed' });
    const refused = await readerPost(`/api/articles/${SLUG}/comments`, { name: 'Maja', text: 'Går det?' });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'comments_closed' } });
  });

  it('blocks a reader id from commenting', async () => {
    const first = await readerPost(`/api/articles/${SLUG}/comments`, { name: 'Troll', text: 'Första.' });
    const cookie = (first.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
    const { items } = (await (await staff('moderator', 'GET', '/api/newsroom/comments?status=all')).json()) as { items: { text: string; readerId: string }[] };
    const readerId = items.find((item) => item.text === 'Första.')?.readerId;
    expect(readerId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await staff('moderator', 'POST', `/api/newsroom/readers/${readerId}/block`, { reason: 'Upprepade personangrepp' })).status).toBe(200);
    const refused = await readerPost(`/api/articles/${SLUG}/comments`, { name: 'Troll', text: 'Andra.' }, cookie);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'blocked' } });
    const after = (await (await staff('moderator', 'GET', '/api/newsroom/comments?status=all')).json()) as { items: { text: string; readerBlocked: boolean }[] };
    expect(after.items.find((item) => item.text === 'Första.')?.readerBlocked).toBe(true);
    expect(after.items.find((item) => item.text !== 'Första.')?.readerBlocked).toBe(false);
  });

  it('lets moderators, editors and admins moderate, contributors not; only editors and admins set an article’s comments', async () => {
    const got: Record<string, number[]> = {};
    for (const role of ROLES) {
      got[role] = [
        (await staff(role, 'GET', '/api/newsroom/comments')).status,
        (await staff(role, 'POST', '/api/newsroom/comments/c1/hide', { reason: 'Test' })).status,
        (await staff(role, 'POST', `/api/newsroom/articles/${await articleId()}/comments`, { mode: 'open' })).status,
        (await staff(role, 'GET', `/api/newsroom/articles/${await articleId()}/comments`)).status,
      ];
    }
    expect(got).toEqual({ contributor: [403, 403, 403, 403], editor: [200, 200, 200, 200], moderator: [200, 200, 403, 403], admin: [200, 200, 200, 200] });
    expect((await call('/api/newsroom/comments')).status).toBe(401);
  });
});
