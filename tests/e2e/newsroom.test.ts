import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readable, useBrowser } from './browser';
import { serveBuild, type RunningServer } from './buildApp';
import { serveWithStaff, signInOverApi } from './staffServer';

// An article's life through the staff API, as a reader's browser and a crawler then see it.

const PASSWORD = 'Höstdimma över Riddarfjärden';
const EDITOR = { email: 'redaktor@rattslaget.example', name: 'Eva Redaktör', role: 'editor' } as const;
const HERO = {
  src: '/media/rattssal-800.webp',
  sources: [{ url: '/media/rattssal-800.webp', width: 800 }],
  width: 1200,
  height: 675,
  alt: 'En tom rättssal med bänkar i ljust trä.',
  credit: { name: 'Lina Ek', agency: 'Rättsläget' },
};

describe('the newsroom publishes; readers see it', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;
  let cookie = '';

  const signIn = async () => {
    const signedIn = await signInOverApi(server, EDITOR.email, PASSWORD);
    expect(signedIn.status).toBe(201);
    cookie = signedIn.cookie;
  };
  const start = async () => {
    server = await serveBuild({ env: { DATA_DIR: dataDir } });
    await signIn();
  };
  const staff = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(new URL(url, server.baseUrl), { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: answer.status, body: (await answer.json().catch(() => undefined)) as Record<string, unknown> };
  };
  const draft = (headline: string, slug?: string) => ({
    headline,
    ...(slug ? { slug } : {}),
    lead: 'Domstolen prövar nu om beslutet ska stå sig.',
    section: { id: 'domstol' },
    author: { id: 'sara-lindqvist' },
    hero: HERO,
    body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Målet gäller ett överklagat beslut.' }] }],
  });

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('newsroom', [EDITOR], PASSWORD));
    await signIn();
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('published: on the front page, at its address, in the sitemap and the feed', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Kammarrätten river upp beslut om bygglov'));
    expect(made.status).toBe(201);
    expect((await fetch(new URL(`/artikel/${made.body.slug}`, server.baseUrl))).status).toBe(404);
    expect((await staff('POST', `/api/newsroom/articles/${made.body.id}/publish`, {})).status).toBe(200);

    const page = await browser().newPage();
    await page.goto(new URL('/', server.baseUrl).toString());
    // The newest article leads the front page.
    const headlines = (await page.locator('main h2, main h3').allTextContents()).map(readable);
    expect(headlines.find((text) => text !== 'Senaste nytt')).toBe('Kammarrätten river upp beslut om bygglov');
    const article = await page.goto(new URL(`/artikel/${made.body.slug}`, server.baseUrl).toString());
    expect(article?.status()).toBe(200);
    expect(readable(await page.locator('h1').textContent())).toBe('Kammarrätten river upp beslut om bygglov');
    await page.close();
    expect(await (await fetch(new URL('/sitemap.xml', server.baseUrl))).text()).toContain(`/artikel/${made.body.slug}<`);
    expect(await (await fetch(new URL('/rss.xml', server.baseUrl))).text()).toContain('Kammarrätten river upp beslut om bygglov');
  });

  it('corrected: readers see it marked Rättelse, and the JSON-LD carries it', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Hovrätten sänker straffet för misshandel'));
    await staff('POST', `/api/newsroom/articles/${made.body.id}/publish`, {});
    const corrected = await staff('POST', `/api/newsroom/articles/${made.body.id}/corrections`, { text: 'Straffet sänktes till ett år, inte två som vi först skrev.' });
    expect(corrected.status).toBe(201);
    const html = await (await fetch(new URL(`/artikel/${made.body.slug}`, server.baseUrl))).text();
    const jsonLd = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1] ?? '{}') as { '@type': string; correction?: unknown[]; dateModified?: string });
    const article = jsonLd.find((data) => data['@type'] === 'NewsArticle');
    expect(article?.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text: 'Straffet sänktes till ett år, inte två som vi först skrev.' })]);
    expect(article?.dateModified).toBeDefined();
    const page = await browser().newPage();
    await page.goto(new URL(`/artikel/${made.body.slug}`, server.baseUrl).toString());
    const box = page.getByRole('complementary', { name: 'Rättelser' });
    expect(readable(await box.textContent())).toMatch(/^Rättelse .*: Straffet sänktes till ett år, inte två som vi först skrev\.$/);
    expect(readable(await page.locator('main').textContent())).toContain('Uppdaterad');
    await page.close();
  });

  it('renamed after publishing: the old address answers 301 to the new; taken down: 410 with a page that says so', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Tingsrätten dömer i stort bedrägerimål'));
    await staff('POST', `/api/newsroom/articles/${made.body.id}/publish`, {});
    const current = await staff('GET', `/api/newsroom/articles/${made.body.id}`);
    const renamed = await staff('PUT', `/api/newsroom/articles/${made.body.id}`, draft('Tingsrätten dömer i stort bedrägerimål', 'dom-i-bedragerimalet'), { 'If-Match': `"${current.body.version}"` });
    expect(renamed.status).toBe(200);
    const moved = await fetch(new URL(`/artikel/${made.body.slug}`, server.baseUrl), { redirect: 'manual' });
    expect(moved.status, await moved.text()).toBe(301);
    expect(moved.headers.get('location')).toBe('/artikel/dom-i-bedragerimalet');

    expect((await staff('POST', `/api/newsroom/articles/${made.body.id}/unpublish`)).status).toBe(200);
    const page = await browser().newPage();
    const gone = await page.goto(new URL('/artikel/dom-i-bedragerimalet', server.baseUrl).toString());
    expect(gone?.status()).toBe(410);
    expect(gone?.headers()['cache-control']).toBe('public, max-age=60, s-maxage=60');
    expect(readable(await page.locator('h1').textContent())).toBe('Artikeln har tagits bort');
    await page.close();
    expect(await (await fetch(new URL('/sitemap.xml', server.baseUrl))).text()).not.toContain('dom-i-bedragerimalet');
  });

  it('scheduled, then the server restarted before the time: published when the time comes', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Ny lag om kameraövervakning börjar gälla'));
    const at = new Date(Date.now() + 10_000).toISOString();
    const scheduled = await staff('POST', `/api/newsroom/articles/${made.body.id}/publish`, { at });
    expect(scheduled.body).toMatchObject({ status: 'scheduled' });
    await server.close();
    await start();
    expect((await fetch(new URL(`/artikel/${made.body.slug}`, server.baseUrl))).status).toBe(404);
    // The sweep runs at start and every 15 seconds.
    await expect.poll(async () => (await fetch(new URL(`/artikel/${made.body.slug}`, server.baseUrl))).status, { timeout: 25_000, interval: 1_000 }).toBe(200);
  });
});
