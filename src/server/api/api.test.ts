// @vitest-environment node
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CONTENT_DIR, DIALECTS, openTestStore, type TestStore } from '../../../tests/support/testStore';
import { readContentPackage } from '../content/contentPackage';
import { createSearchService } from '../search/searchService';
import type { OpenDatabase } from '../store/connect';
import { IDEMPOTENCY_TTL_MS } from '../store/idempotency';
import { migrateToLatest } from '../store/migrate';
import { importContent, resetReaderPosts, seedIfEmpty } from '../store/seed';
import { createStore } from '../store/store';
import { createApi } from './api';
import type { ApiApp } from './respond';

const SLUG = 'polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };

// The API as the server runs it, over a real store: SQLite in a temporary folder, and a
// database of its own on the PostgreSQL server the test run started.
describe.each(DIALECTS)('the API over %s', (_name, postgres) => {
  let test: TestStore;
  let database: OpenDatabase;
  let dir: string;
  let api: ApiApp;
  let clock: number;
  const content = () => readContentPackage(CONTENT_DIR);

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    ({ database, dir } = test);
    const store = createStore(database.db, database.dialect, () => clock);
    api = createApi({ store, search: createSearchService(store, database.db), guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: database.pool } });
  });
  afterAll(() => test.close());
  beforeEach(async () => {
    clock = Date.parse('2026-12-01T10:00:00Z');
    await resetReaderPosts(database.db, database.dialect, (await content()).comments);
  });

  /** A request from a client at `address`, as Node's server would hand it over. */
  const call = (url: string, init: RequestInit = {}, address = '192.0.2.1') =>
    api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: address } } } as never);
  const post = (url: string, body: unknown, headers: Record<string, string> = {}, address?: string) =>
    call(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) }, address);
  const json = async <T,>(url: string) => (await (await call(url)).json()) as T;
  const commentIds = async (slug = SLUG) => (await json<{ items: { id: string }[] }>(`/api/articles/${slug}/comments?order=oldest&pageSize=50`)).items.map((c) => c.id);

  describe('reads', () => {
    it('lists the seed package’s articles newest first, paged, with totals', async () => {
      const page = await json<{ items: { slug: string; publishedAt: string }[]; total: number; totalPages: number }>('/api/articles?pageSize=5');
      expect(page.total).toBe(13);
      expect(page.totalPages).toBe(3);
      expect(page.items[0]?.slug).toBe(SLUG);
      const times = page.items.map((item) => Date.parse(item.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('filters by section, topic and writer, and says 404 for one that does not exist', async () => {
      const bySection = await json<{ items: { section: { id: string } }[] }>('/api/articles?section=domstol');
      expect(bySection.items.length).toBeGreaterThan(0);
      expect(bySection.items.every((item) => item.section.id === 'domstol')).toBe(true);
      const byTag = await json<{ items: { slug: string }[] }>('/api/articles?tag=sexkop');
      expect(byTag.items.map((item) => item.slug)).toContain(SLUG);
      expect((await call('/api/articles?tag=finns-inte')).status).toBe(404);
      expect((await call('/api/articles?author=ingen')).status).toBe(404);
    });

    it('answers an article with its blocks, topics and related articles, and 404 for an unknown slug', async () => {
      const article = await json<{ body: { type: string }[]; tags: { id: string }[]; related: { slug: string; section: { id: string } }[]; commentsEnabled: boolean }>(`/api/articles/${SLUG}`);
      expect(article.body.map((block) => block.type)).toContain('chart');
      expect(article.tags.map((tag) => tag.id)).toEqual(['polisen', 'jamstalldhet', 'sexkop', 'manniskohandel', 'bra']);
      // No other article shares its topics; the two others in its section do.
      const sameSection = (await json<{ items: { slug: string }[] }>('/api/articles?section=brott')).items.map((item) => item.slug).filter((slug) => slug !== SLUG);
      expect(article.related.map((r) => r.slug)).toEqual(sameSection);
      expect((await call('/api/articles/finns-inte')).status).toBe(404);
    });

    it('answers HEAD where it answers GET, without a body', async () => {
      const head = await call('/api/articles', { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(await head.text()).toBe('');
      expect(head.headers.get('Cache-Control')).toBe('no-cache');
    });

    it('refuses paging that is not a whole number with a 422, and a page past the last with a 404', async () => {
      for (const query of ['page=1e300', 'page=0', 'page=1.5', 'page=-1', 'pageSize=51', 'page=9999999999999']) {
        const response = await call(`/api/articles?${query}`);
        expect(response.status, query).toBe(422);
        expect(await response.json()).toMatchObject({ error: { code: 'validation_failed' } });
      }
      for (const query of ['page=99999', 'page=10001', 'page=3&pageSize=10']) expect((await call(`/api/articles?${query}`)).status, query).toBe(404);
    });

    it('matches the contract’s paths exactly: another case or a trailing slash is a 404', async () => {
      for (const url of ['/api/Articles', `/api/articles/${SLUG}/comments/`, `/api/ARTICLES/${SLUG}`]) expect((await call(url)).status, url).toBe(404);
      expect((await post(`/api/articles/${SLUG}/Comments`, { name: 'Maja', text: 'Hej' })).status).toBe(404);
      expect(await commentIds()).toEqual(['c1', 'c2', 'c3']);
    });
  });

  it('counts posts to paths it does not have against a default limit, per address', async () => {
    const limited = createApi({
      store: createStore(database.db, database.dialect),
      search: createSearchService(createStore(database.db, database.dialect), database.db),
      guards: { rateLimits: { ...LIMITS, other: 3 }, trustProxy: false, publicOrigin: undefined, postgres: database.pool },
    });
    const probe = (url: string, address: string) =>
      limited.fetch(new Request(`http://localhost${url}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }), { incoming: { socket: { remoteAddress: address } } } as never);
    const address = `198.51.100.${postgres ? 21 : 22}`;
    const statuses = [];
    for (const url of ['/api/Comments', `/api/articles/${SLUG}/comments/`, '/api/COMMENTS', '/api/comments']) statuses.push((await probe(url, address)).status);
    expect(statuses).toEqual([404, 404, 404, 429]);
    expect((await probe('/api/comments', '198.51.100.99')).status).toBe(404);
  });

  describe('an Idempotency-Key', () => {
    const comments = `/api/articles/${SLUG}/comments`;
    const key = { 'Idempotency-Key': '0b6f6e1e-2f6a-4d5e-8b1a-3c2d1e0f9a88' };

    it('replays the first answer to a retry with the same body, and applies it once', async () => {
      const first = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      const retry = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      const body = (await first.json()) as { id: string };
      expect(await retry.json()).toEqual(body);
      expect(await commentIds()).toEqual(['c1', 'c2', 'c3', body.id]);
    });

    it('is a 422 with another body, which is not applied', async () => {
      await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      const reused = await post(comments, { name: 'Maja', text: 'Något helt annat' }, key);
      expect(reused.status).toBe(422);
      expect(await reused.json()).toEqual({ error: { code: 'idempotency_key_reused', message: expect.any(String) } });
      expect(await commentIds()).toHaveLength(4);
    });

    it('is forgotten after a day: the same request is applied again', async () => {
      const first = (await (await post(comments, { name: 'Maja', text: 'Bra text!' }, key)).json()) as { id: string };
      clock += IDEMPOTENCY_TTL_MS;
      const later = await post(comments, { name: 'Maja', text: 'Bra text!' }, key);
      expect(later.status).toBe(201);
      expect(((await later.json()) as { id: string }).id).not.toBe(first.id);
    });

    it('holds under concurrent retries: one comment, one answer', async () => {
      const answers = await Promise.all(Array.from({ length: 5 }, () => post(comments, { name: 'Maja', text: 'Samtidigt' }, key)));
      const bodies = await Promise.all(answers.map((answer) => answer.json()));
      expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1);
      expect(await commentIds()).toHaveLength(4);
    });
  });

  describe('a report', () => {
    const report = (id: string, headers: Record<string, string> = {}, address?: string) => post(`/api/comments/${id}/reports`, undefined, headers, address);
    const readerCookie = (response: Response) => /^reader-id=([^;]+)/.exec(response.headers.get('Set-Cookie') ?? '')?.[1];

    it('counts once per reader id and once per address: a client that drops its cookie gets no second vote', async () => {
      const first = await report('c1', {}, '192.0.2.10');
      expect(first.status).toBe(201);
      const id = readerCookie(first);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      // The same reader from elsewhere, and someone else from the same address: both already counted.
      expect((await report('c1', { Cookie: `reader-id=${id}` }, '192.0.2.11')).status).toBe(409);
      expect((await report('c1', {}, '192.0.2.10')).status).toBe(409);
      // Another reader at another address is another vote.
      expect((await report('c1', {}, '192.0.2.12')).status).toBe(201);
    });

    it('does not take an id the store never gave out', async () => {
      const made = '3f0c8a52-5b7e-4a3c-9d0e-6b1f2a4c8e77';
      const response = await report('c2', { Cookie: `reader-id=${made}` }, '192.0.2.20');
      expect(response.status).toBe(201);
      expect(readerCookie(response)).not.toBe(made);
    });

    it('of a comment that does not exist is a 404', async () => {
      expect((await report('c999')).status).toBe(404);
    });
  });

  it('stores a tip with its unique recipients, sender, message and time', async () => {
    const response = await post(`/api/articles/${SLUG}/tips`, {
      recipients: ['anna@example.se', 'ANNA@example.se', 'bo@example.se'],
      senderName: 'Åsa',
      senderEmail: 'asa@example.se',
      message: 'Läs den här.',
    });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ sent: 2 });
    const tips = await database.db.selectFrom('tips').selectAll().execute();
    expect(tips).toHaveLength(1);
    expect(JSON.parse(tips[0]?.recipients ?? '')).toEqual(['anna@example.se', 'bo@example.se']);
    expect(tips[0]).toMatchObject({ sender_name: 'Åsa', sender_email: 'asa@example.se', message: 'Läs den här.', sent_at: '2026-12-01T10:00:00.000Z' });
  });

  it('finds an article added to the store after start, without a restart', async () => {
    const search = async (q: string) => (await json<{ items: { article: { slug: string } }[] }>(`/api/search?q=${encodeURIComponent(q)}`)).items.map((item) => item.article.slug);
    expect(await search('fyrverkerier')).toEqual([]);
    const pkg = await content();
    const [template] = pkg.articles;
    if (!template) throw new Error('The seed package has no articles');
    const added = { ...template, slug: 'fyrverkerier-och-ordningslagen', headline: 'Fyrverkerier och ordningslagen', publishedAt: '2026-12-01T09:00:00+01:00' };
    await importContent(database.db, database.dialect, { ...pkg, sections: [], tags: [], authors: [], stats: [], photos: [], comments: {}, articles: [added] }, path.join(dir, 'media'));
    expect(await search('fyrverkerier')).toEqual(['fyrverkerier-och-ordningslagen']);
    expect((await json<{ items: { slug: string }[] }>('/api/articles?pageSize=1')).items[0]?.slug).toBe('fyrverkerier-och-ordningslagen');
    await database.db.deleteFrom('articles').where('slug', '=', 'fyrverkerier-och-ordningslagen').execute();
  });

  it('fills an empty store once: a second start adds nothing', async () => {
    expect(await seedIfEmpty(database.db, database.dialect, content, path.join(dir, 'media'))).toBe(false);
    expect((await json<{ total: number }>('/api/articles')).total).toBe(13);
  });

  it('migrates once when two instances start at once', async () => {
    // Both find the schema current: nothing left to run, and no error from the race.
    const [first, second] = await Promise.all([migrateToLatest(database.db), migrateToLatest(database.db)]);
    expect([...first, ...second]).toEqual([]);
  });
});

// A full disk or a data folder that cannot be written: SQLite says so on every write, the API
// answers 503 with a retry, reads go on, and what was acknowledged before is still there.
describe('the API over SQLite when the disk is full or read-only', () => {
  let test: TestStore;
  let api: ApiApp;
  const call = (url: string, init: RequestInit = {}) =>
    api.fetch(new Request(`http://localhost${url}`, init), { incoming: { socket: { remoteAddress: '192.0.2.1' } } } as never);
  const comment = (text: string) =>
    call(`/api/articles/${SLUG}/comments`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'Maja', text }) });
  const texts = async () => ((await (await call(`/api/articles/${SLUG}/comments?order=oldest`)).json()) as { items: { text: string }[] }).items.map((c) => c.text);

  beforeAll(async () => {
    test = await openTestStore(undefined);
    const store = createStore(test.database.db, test.database.dialect);
    api = createApi({ store, search: createSearchService(store, test.database.db), guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined } });
  });
  afterAll(() => test.close());

  it('full: the write that does not fit is a 503 with Retry-After, reads go on, and nothing acknowledged is lost', async () => {
    // The file may not grow: a write needing a new page fails as on a full disk.
    const pages = await sql<{ page_count: number }>`PRAGMA page_count`.execute(test.database.db);
    await sql.raw(`PRAGMA max_page_count = ${pages.rows[0]?.page_count}`).execute(test.database.db);
    const kept: string[] = [];
    let refused: Response | undefined;
    try {
      for (let i = 0; i < 50 && !refused; i++) {
        const text = `Full ${i} ${'x'.repeat(1900)}`;
        const answer = await comment(text);
        if (answer.status === 201) kept.push(text);
        else refused = answer;
      }
      expect(refused?.status).toBe(503);
      expect(refused?.headers.get('Retry-After')).toBe('5');
      expect(await refused?.json()).toMatchObject({ error: { code: 'unavailable' } });
      expect((await call(`/api/articles/${SLUG}`)).status).toBe(200);
    } finally {
      await sql.raw('PRAGMA max_page_count = 1073741823').execute(test.database.db);
    }
    expect((await comment('Efter: full')).status).toBe(201);
    expect((await texts()).filter((text) => text.startsWith('Full ') || text === 'Efter: full')).toEqual([...kept, 'Efter: full']);
  });

  it('read-only: a write is a 503 with Retry-After, reads go on, and nothing acknowledged is lost', async () => {
    expect((await comment('Före: skrivskydd')).status).toBe(201);
    await sql.raw('PRAGMA query_only = ON').execute(test.database.db);
    try {
      const refused = await comment('Under: skrivskydd');
      expect(refused.status).toBe(503);
      expect(refused.headers.get('Retry-After')).toBe('5');
      expect((await call(`/api/articles/${SLUG}`)).status).toBe(200);
    } finally {
      await sql.raw('PRAGMA query_only = OFF').execute(test.database.db);
    }
    expect((await comment('Efter: skrivskydd')).status).toBe(201);
    expect((await texts()).filter((text) => text.endsWith('skrivskydd'))).toEqual(['Före: skrivskydd', 'Efter: skrivskydd']);
  });
});
