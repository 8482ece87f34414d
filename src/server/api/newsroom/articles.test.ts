import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DIALECTS, openTestStore, type TestStore } from '../../../../tests/support/testStore';
import { hashPassword } from '../../auth/passwords';
import { createSearchService } from '../../search/searchService';
import { createStore, type Store } from '../../store/store';
import { createApi } from '../api';
import type { ApiApp } from '../respond';
import { slugFromHeadline } from './articles';

const LIMITS = { comments: 1000, reports: 1000, tips: 1000, subscriptions: 1000, other: 1000 };
const PASSWORD = 'Gröna äpplen i Tingsryd 1987';
const PEOPLE = ['writer', 'otherWriter', 'editor', 'moderator', 'admin'] as const;
type Person = (typeof PEOPLE)[number] | 'nobody';
const ROLE_OF = { writer: 'contributor', otherWriter: 'contributor', editor: 'editor', moderator: 'moderator', admin: 'admin' } as const;

const HERO = {
  src: '/media/rattssal-800.webp',
  sources: [{ url: '/media/rattssal-800.webp', width: 800 }],
  width: 1200,
  height: 675,
  alt: 'En tom rättssal med bänkar i ljust trä.',
  caption: 'Rättssalen i tingsrätten.',
  credit: { name: 'Lina Ek', agency: 'Rättsläget' },
};
const draft = (headline: string, extra: object = {}) => ({
  headline,
  lead: 'En ingress som säger vad det handlar om.',
  section: { id: 'domstol' },
  author: { id: 'sara-lindqvist' },
  tags: [{ id: 'hovratten', name: 'Hovrätten' }],
  hero: HERO,
  body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Brödtexten börjar här.' }] }],
  ...extra,
});

// The newsroom's article routes, on both databases: each role gets exactly what it may, and
// each step of an article's life is what a reader then sees.
describe.each(DIALECTS)('the newsroom’s articles on %s', (_name, postgres) => {
  let test: TestStore;
  let store: Store;
  let api: ApiApp;
  let clock = Date.parse('2026-12-02T08:00:00Z');
  const cookies = {} as Record<Person, string>;
  const ids = {} as Record<Person, number>;

  const call = async (who: Person, url: string, init: RequestInit = {}): Promise<Response> => {
    const headers = new Headers(init.headers);
    if (who !== 'nobody') headers.set('Cookie', cookies[who]);
    if (init.body) headers.set('Content-Type', 'application/json');
    return api.fetch(new Request(`http://localhost${url}`, { ...init, headers }), { incoming: { socket: { remoteAddress: '192.0.2.5' } } } as never);
  };
  const send = (who: Person, method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(who, url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const read = async (url: string) => api.fetch(new Request(`http://localhost${url}`), { incoming: { socket: { remoteAddress: '192.0.2.6' } } } as never);
  /** A new draft of the writer's, made through the API. */
  const writersDraft = async (headline: string) => {
    const made = await send('writer', 'POST', '/api/newsroom/articles', draft(headline));
    expect(made.status).toBe(201);
    return (await made.json()) as { id: number; slug: string; version: number };
  };

  beforeAll(async () => {
    test = await openTestStore(postgres ? inject('postgresUrl') : undefined);
    store = createStore(test.database.db, test.database.dialect, () => clock);
    api = createApi({ store, search: createSearchService(store, test.database.db), guards: { rateLimits: LIMITS, trustProxy: false, publicOrigin: undefined, postgres: test.database.pool } });
    const passwordHash = await hashPassword(PASSWORD);
    for (const person of PEOPLE) {
      ids[person] = await store.staff.add({ email: `${person.toLowerCase()}@rattslaget.example`, name: person, role: ROLE_OF[person], passwordHash });
      const answer = await send('nobody', 'POST', '/api/newsroom/session', { email: `${person.toLowerCase()}@rattslaget.example`, password: PASSWORD });
      cookies[person] = `redaktion-session=${/^redaktion-session=([^;]+)/.exec(answer.headers.get('Set-Cookie') ?? '')?.[1]}`;
    }
  });
  afterAll(() => test.close());

  describe('every role through every route', () => {
    type Route = { name: string; run: (who: Person, article: { id: number; slug: string; version: number }) => Promise<Response>; expect: Record<Person, number> };
    const routes: Route[] = [
      { name: 'GET /api/newsroom/session', run: (who) => call(who, '/api/newsroom/session'), expect: { writer: 200, otherWriter: 200, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'GET /api/newsroom/articles', run: (who) => call(who, '/api/newsroom/articles'), expect: { writer: 200, otherWriter: 200, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/articles', run: (who) => send(who, 'POST', '/api/newsroom/articles', draft(`Ny artikel av ${who}`)), expect: { writer: 201, otherWriter: 201, editor: 201, moderator: 403, admin: 201, nobody: 401 } },
      { name: 'GET …/{id}', run: (who, a) => call(who, `/api/newsroom/articles/${a.id}`), expect: { writer: 200, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'PUT …/{id}', run: (who, a) => send(who, 'PUT', `/api/newsroom/articles/${a.id}`, draft('Ändrad rubrik', { slug: a.slug }), { 'If-Match': `"${a.version}"` }), expect: { writer: 200, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/review', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/review`), expect: { writer: 200, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/publish', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/publish`, {}), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/unpublish', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/unpublish`), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/corrections', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/corrections`, { text: 'Ett årtal var fel.' }), expect: { writer: 403, otherWriter: 403, editor: 201, moderator: 403, admin: 201, nobody: 401 } },
      { name: 'GET …/{id}/revisions', run: (who, a) => call(who, `/api/newsroom/articles/${a.id}/revisions`), expect: { writer: 200, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/revisions/{v}/restore', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/revisions/1/restore`), expect: { writer: 200, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'GET /api/newsroom/comments', run: (who) => call(who, '/api/newsroom/comments?status=reported'), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/comments/{id}/hide', run: (who) => send(who, 'POST', '/api/newsroom/comments/c1/hide', { reason: 'Matrisen' }), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/comments/{id}/restore', run: (who) => send(who, 'POST', '/api/newsroom/comments/c1/restore'), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/comments/{id}/approve', run: (who) => send(who, 'POST', '/api/newsroom/comments/c1/approve'), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'POST /api/newsroom/readers/{readerId}/block', run: (who) => send(who, 'POST', `/api/newsroom/readers/${crypto.randomUUID()}/block`, {}), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 200, admin: 200, nobody: 401 } },
      { name: 'GET …/{id}/comments', run: (who, a) => call(who, `/api/newsroom/articles/${a.id}/comments`), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'POST …/{id}/comments', run: (who, a) => send(who, 'POST', `/api/newsroom/articles/${a.id}/comments`, { mode: 'premoderated' }), expect: { writer: 403, otherWriter: 403, editor: 200, moderator: 403, admin: 200, nobody: 401 } },
      { name: 'DELETE /api/newsroom/session', run: (who) => send(who, 'DELETE', '/api/newsroom/session'), expect: { writer: 204, otherWriter: 204, editor: 204, moderator: 204, admin: 204, nobody: 204 } },
    ];
    for (const route of routes) {
      it(`${route.name}: ${Object.entries(route.expect).map(([who, status]) => `${who} ${status}`).join(', ')}`, async () => {
        const got: Record<string, number> = {};
        for (const who of [...PEOPLE, 'nobody'] as const) {
          // A fresh draft of the writer's for each call, so that no call sees another's effect (signing out needs none).
          const article = route.name.startsWith('DELETE') ? { id: 0, slug: '', version: 0 } : await writersDraft(`Matris ${route.name} ${who} ${clock++}`);
          got[who] = (await route.run(who, article)).status;
        }
        expect(got).toEqual(route.expect);
        // Signed out by the last route: sign in again for the next.
        if (route.name.startsWith('DELETE')) {
          for (const person of PEOPLE) {
            const answer = await send('nobody', 'POST', '/api/newsroom/session', { email: `${person.toLowerCase()}@rattslaget.example`, password: PASSWORD });
            cookies[person] = `redaktion-session=${/^redaktion-session=([^;]+)/.exec(answer.headers.get('Set-Cookie') ?? '')?.[1]}`;
          }
        }
      });
    }
  });

  it('makes the slug from the headline unless given, and never reuses another article’s', async () => {
    expect(slugFromHeadline('Hovrätten ändrar domen – igen!')).toBe('hovratten-andrar-domen-igen');
    const first = await writersDraft('Tingsrätten friar åtalad');
    const second = await writersDraft('Tingsrätten friar åtalad');
    expect(first.slug).toBe('tingsratten-friar-atalad');
    expect(second.slug).toBe('tingsratten-friar-atalad-2');
    const taken = await send('writer', 'POST', '/api/newsroom/articles', draft('Annan rubrik', { slug: 'tingsratten-friar-atalad' }));
    expect(taken.status).toBe(409);
  });

  it('refuses a stale version with 412 and gives back the version saved meanwhile, so nothing is lost', async () => {
    const article = await writersDraft('Två redaktörer samtidigt');
    const mine = await send('editor', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Min ändring', { slug: article.slug }), { 'If-Match': `"${article.version}"` });
    expect(mine.status).toBe(200);
    const theirs = await send('admin', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Deras ändring', { slug: article.slug }), { 'If-Match': `"${article.version}"` });
    expect(theirs.status).toBe(412);
    expect(await theirs.json()).toMatchObject({ error: { code: 'version_conflict' }, current: { headline: 'Min ändring', version: article.version + 1 } });
    expect((await send('admin', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Utan version'))).status).toBe(428);
  });

  it('takes links to the web, mail and the site in a paragraph, and refuses javascript: and data: links with a message', async () => {
    const paragraph = (href: string) => ({ type: 'paragraph', content: [{ type: 'text', text: 'Se ' }, { type: 'emphasis', text: 'domen' }, { type: 'link', text: 'här', href }, { type: 'dataRef', text: '840', statsId: 'sexkop-anmalda', seriesId: 'anmalda', period: '2018' }] });
    for (const href of ['https://www.domstol.se/dom', '/artikel/hovratten', 'mailto:red@rattslaget.example']) {
      expect((await send('writer', 'POST', '/api/newsroom/articles', draft(`Länk till ${href}`, { body: [paragraph(href)] }))).status).toBe(201);
    }
    const article = await writersDraft('Länkar som inte får finnas');
    for (const href of ['javascript:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/']) {
      const created = await send('writer', 'POST', '/api/newsroom/articles', draft('Farlig länk', { body: [paragraph(href)] }));
      expect(created.status, href).toBe(422);
      expect(await created.json()).toMatchObject({ error: { code: 'validation_failed', fieldErrors: { body: [expect.stringContaining('En länk är inte tillåten')] } } });
      const saved = await send('writer', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Farlig länk', { slug: article.slug, body: [paragraph(href)] }), { 'If-Match': `"${article.version}"` });
      expect(saved.status, href).toBe(422);
    }
  });

  it('takes an article of up to 256 KB and refuses a larger one with a 413 in the API’s error shape; every other post stays within 16 KB', async () => {
    const paragraphs = (kb: number) => Array.from({ length: kb }, (_, i) => ({ type: 'paragraph', content: [{ type: 'text', text: `Stycke ${i}: ${'Rätten prövar målet på nytt. '.repeat(36)}` }] }));
    const long = await send('writer', 'POST', '/api/newsroom/articles', draft('En mycket lång granskning', { body: paragraphs(120) }));
    expect(long.status).toBe(201);
    const article = (await long.json()) as { id: number; slug: string; version: number };
    const tooLong = draft('För lång', { body: paragraphs(300) });
    expect(JSON.stringify(tooLong).length).toBeGreaterThan(256 * 1024);
    for (const [method, url] of [['POST', '/api/newsroom/articles'], ['PUT', `/api/newsroom/articles/${article.id}`]] as const) {
      const refused = await send('writer', method, url, tooLong, { 'If-Match': `"${article.version}"` });
      expect(refused.status, `${method} ${url}`).toBe(413);
      expect(await refused.json()).toEqual({ error: { code: 'payload_too_large', message: 'Förfrågan är större än 256 kB' } });
    }
    const correction = await send('editor', 'POST', `/api/newsroom/articles/${article.id}/corrections`, { text: 'x'.repeat(17 * 1024) });
    expect(correction.status).toBe(413);
    expect(await correction.json()).toMatchObject({ error: { code: 'payload_too_large', message: 'Förfrågan är större än 16 kB' } });
    const comment = await send('nobody', 'POST', '/api/articles/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop/comments', { name: 'Stor', text: 'x'.repeat(17 * 1024) });
    expect(comment.status).toBe(413);
  });

  it('will not publish without a lead, alt text and credit, naming each field', async () => {
    const article = await writersDraft('Ofärdig artikel');
    const saved = await send('editor', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Ofärdig artikel', { slug: article.slug, lead: '', hero: { ...HERO, alt: '', credit: { name: '' } } }), { 'If-Match': `"${article.version}"` });
    // A draft may be unfinished.
    expect(saved.status).toBe(200);
    const refused = await send('editor', 'POST', `/api/newsroom/articles/${article.id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: { code: 'not_ready', fieldErrors: { lead: expect.any(Array), 'hero.alt': expect.any(Array), 'hero.credit': expect.any(Array) } } });
    expect((await read(`/api/articles/${article.slug}`)).status).toBe(404);
  });

  it('will not publish a chart without a statistics set that exists, or without its caption', async () => {
    const article = await writersDraft('Artikel med diagram');
    const charted = (statsId: string, caption: string) => draft('Artikel med diagram', { slug: article.slug, body: [{ type: 'chart', statsId, caption }] });
    let version = article.version;
    const save = async (body: unknown) => {
      const saved = await send('editor', 'PUT', `/api/newsroom/articles/${article.id}`, body, { 'If-Match': `"${version}"` });
      expect(saved.status).toBe(200);
      version = ((await saved.json()) as { version: number }).version;
    };
    await save(charted('finns-inte', ''));
    const refused = await send('editor', 'POST', `/api/newsroom/articles/${article.id}/publish`, {});
    expect(refused.status).toBe(422);
    expect(((await refused.json()) as { error: { fieldErrors: Record<string, string[]> } }).error.fieldErrors).toEqual({
      'body.0.statsId': ['Diagrammet behöver en statistikserie som finns.'],
      'body.0.caption': ['Diagrammet behöver en bildtext.'],
    });
    const [set] = ((await (await read('/api/stats')).json()) as { items: { id: string }[] }).items;
    await save(charted(set!.id, 'Utvecklingen år för år.'));
    expect((await send('editor', 'POST', `/api/newsroom/articles/${article.id}/publish`, {})).status).toBe(200);
  });

  it('a life, as a reader sees it: draft unseen, published everywhere, updated, renamed (301), taken down (410)', async () => {
    const article = await writersDraft('Hovrätten skärper straffet för bedrägeri');
    expect((await read(`/api/articles/${article.slug}`)).status).toBe(404);
    expect((await send('editor', 'POST', `/api/newsroom/articles/${article.id}/publish`, {})).status).toBe(200);
    const published = (await (await read(`/api/articles/${article.slug}`)).json()) as { publishedAt: string; updatedAt?: string };
    expect(published.publishedAt).toBe(new Date(clock).toISOString());
    expect(published.updatedAt).toBeUndefined();
    const latest = (await (await read('/api/articles?pageSize=1')).json()) as { items: { slug: string }[] };
    expect(latest.items[0]?.slug).toBe(article.slug);
    const found = (await (await read('/api/search?q=bedr%C3%A4geri%20straffet')).json()) as { items: { article: { slug: string } }[] };
    expect(found.items.map((item) => item.article.slug)).toContain(article.slug);

    clock += 60 * 60 * 1000;
    const current = (await (await call('editor', `/api/newsroom/articles/${article.id}`)).json()) as { version: number };
    const renamed = await send('editor', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Hovrätten skärper straffet för grovt bedrägeri', { slug: 'hovratten-skarper-straffet' }), { 'If-Match': `"${current.version}"` });
    expect(renamed.status).toBe(200);
    const updated = (await (await read('/api/articles/hovratten-skarper-straffet')).json()) as { headline: string; updatedAt?: string; publishedAt: string };
    expect(updated).toMatchObject({ headline: 'Hovrätten skärper straffet för grovt bedrägeri', updatedAt: new Date(clock).toISOString(), publishedAt: published.publishedAt });
    const moved = await read(`/api/articles/${article.slug}`);
    expect(moved.status).toBe(301);
    expect(moved.headers.get('Location')).toBe('/api/articles/hovratten-skarper-straffet');

    expect((await send('editor', 'POST', `/api/newsroom/articles/${article.id}/unpublish`)).status).toBe(200);
    const gone = await read('/api/articles/hovratten-skarper-straffet');
    expect(gone.status).toBe(410);
    expect(await gone.json()).toMatchObject({ error: { code: 'gone' } });
    expect(((await (await read('/api/articles?pageSize=50')).json()) as { items: { slug: string }[] }).items.map((item) => item.slug)).not.toContain('hovratten-skarper-straffet');
    const after = (await (await read('/api/search?q=bedr%C3%A4geri%20straffet')).json()) as { items: { article: { slug: string } }[] };
    expect(after.items.map((item) => item.article.slug)).not.toContain('hovratten-skarper-straffet');

    const log = await store.staff.auditLog(10);
    expect(log.map((entry) => entry.action)).toEqual(expect.arrayContaining(['article-published', 'article-renamed', 'article-unpublished']));
  });

  it('publishes a scheduled article when its time comes, once, even when two instances sweep at once', async () => {
    const article = await writersDraft('Regeringen lägger fram ny lag om häktning');
    const at = new Date(clock + 2 * 60 * 60 * 1000).toISOString();
    const scheduled = await send('editor', 'POST', `/api/newsroom/articles/${article.id}/publish`, { at });
    expect(await scheduled.json()).toMatchObject({ status: 'scheduled', scheduledAt: at });
    expect((await read(`/api/articles/${article.slug}`)).status).toBe(404);
    expect(await store.articles.publishDue()).toEqual([]);
    clock += 2 * 60 * 60 * 1000 + 1;
    const [one, other] = await Promise.all([store.articles.publishDue(), createStore(test.database.db, test.database.dialect, () => clock).articles.publishDue()]);
    expect([...one, ...other]).toEqual([article.id]);
    const shown = (await (await read(`/api/articles/${article.slug}`)).json()) as { publishedAt: string };
    expect(shown.publishedAt).toBe(at);
  });

  it('keeps every saved version with who and when, and restores one as a new version', async () => {
    const article = await writersDraft('Första rubriken');
    await send('writer', 'PUT', `/api/newsroom/articles/${article.id}`, draft('Andra rubriken', { slug: article.slug }), { 'If-Match': `"${article.version}"` });
    const revisions = (await (await call('writer', `/api/newsroom/articles/${article.id}/revisions`)).json()) as { items: { version: number; staff: string; record: { headline: string } }[] };
    expect(revisions.items.map((r) => [r.version, r.record.headline, r.staff])).toEqual([
      [2, 'Andra rubriken', 'writer'],
      [1, 'Första rubriken', 'writer'],
    ]);
    const restored = await send('writer', 'POST', `/api/newsroom/articles/${article.id}/revisions/1/restore`);
    expect(await restored.json()).toMatchObject({ headline: 'Första rubriken', version: 3 });
  });
});
