import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, readable, useBrowser, type WatchedPage } from './browser';
import { DIST, type RunningServer } from './buildApp';
import { serveWithStaff, signInOverApi } from './staffServer';

// The newsroom's staff UI at /redaktion, driven in Chromium against the built server and its store.

const EMAIL = 'redaktor@rattslaget.example';
const PASSWORD = 'Höstdimma över Riddarfjärden';

const CONTRIBUTOR = 'medarbetare@rattslaget.example';

describe('the newsroom at /redaktion', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;

  /** A page of the newsroom's server; "who am I" answers 401 until someone signs in. */
  const open = (options: Parameters<typeof openPage>[1] = {}) => openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [401], ...options });

  const signIn = async (page: Page, password = PASSWORD, email = EMAIL) => {
    await page.getByLabel('E-post').fill(email);
    await page.getByLabel('Lösenord').fill(password);
    await page.getByRole('button', { name: 'Logga in' }).click();
  };

  const signedIn = async (options: Parameters<typeof openPage>[1] = {}, email = EMAIL): Promise<WatchedPage> => {
    const watched = await open(options);
    await watched.page.goto(watched.url('/redaktion/logga-in'));
    await signIn(watched.page, PASSWORD, email);
    await watched.page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    return watched;
  };

  /** The staff API as a second editor would use it, with a session of its own. */
  const api = async () => {
    const { cookie } = await signInOverApi(server, EMAIL, PASSWORD);
    return async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
      const response = await fetch(new URL(url, server.baseUrl), { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      return { status: response.status, body: (await response.json().catch(() => undefined)) as Record<string, unknown> };
    };
  };

  const DRAFT = {
    lead: 'Grannarna överklagade.',
    section: { id: 'domstol' },
    author: { id: 'sara-lindqvist' },
    hero: { src: '/media/arkiv-800.webp', sources: [{ url: '/media/arkiv-800.webp', width: 800 }], width: 1200, height: 675, alt: '', credit: { name: '' } },
  };

  /** The article the editor has open, by the id in its address. */
  const editedId = (page: Page) => Number(/\/artiklar\/(\d+)$/.exec(page.url())?.[1]);

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('newsroom-ui', [{ email: EMAIL, name: 'Eva Redaktör', role: 'editor' }, { email: CONTRIBUTOR, name: 'Mats Medarbetare', role: 'contributor' }], PASSWORD));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is one page for every address under /redaktion: never stored or indexed, under the site CSP, with no inline script', async () => {
    const reader = await fetch(new URL('/', server.baseUrl));
    for (const address of ['/redaktion', '/redaktion/', '/redaktion/artiklar/3']) {
      const answer = await fetch(new URL(address, server.baseUrl));
      expect(answer.status, address).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
      expect(answer.headers.get('x-robots-tag')).toBe('noindex');
      expect(answer.headers.get('content-security-policy')).toBe(reader.headers.get('content-security-policy'));
      const html = await answer.text();
      expect(html).toContain('<div id="root"></div>');
      expect(html.match(/<script\b[^>]*>/g)?.every((tag) => / src="\/assets\/newsroom\//.test(tag))).toBe(true);
    }
  });

  it('signing in: a wrong password is said in the form and what was typed stays; the right one lands on the list', async () => {
    const { page, url, close } = await open();
    await page.goto(url('/redaktion'));
    await expect.poll(() => new URL(page.url()).pathname).toBe('/redaktion/logga-in');
    await signIn(page, 'inte mitt lösenord alls');
    const alert = page.getByRole('alert');
    expect(await alert.textContent()).toBe('Fel e-post eller lösenord');
    expect(await page.getByLabel('E-post').inputValue()).toBe(EMAIL);
    expect(await page.getByLabel('E-post').getAttribute('aria-describedby')).toBe(await alert.getAttribute('id'));

    await page.getByLabel('Lösenord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logga in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/redaktion');
    expect(await page.getByText('Inloggad som Eva Redaktör (Redaktör)').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Logga ut' }).isVisible()).toBe(true);
    // The seed's articles, filtered by status and found by headline.
    await page.getByRole('link', { name: 'Utkast', exact: true }).click();
    await page.getByText('Inga artiklar matchar.').waitFor();
    await page.getByRole('link', { name: 'Alla', exact: true }).click();
    await page.getByLabel('Sök på rubrik').fill('Arbetsdomstolen');
    await page.getByRole('button', { name: 'Sök', exact: true }).press('Enter');
    await page.getByText('1 artikel', { exact: true }).waitFor();
    // After an in-app navigation the new page's heading has the focus.
    await page.getByRole('link', { name: 'Arbetsdomstolen avgör tvisterna på arbetsmarknaden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');

    await page.getByRole('button', { name: 'Logga ut' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await close();
  });

  it('too many failed sign-ins: the form says how long to wait', async () => {
    const { page, url, close } = await open({ expectStatuses: [401, 429] });
    await page.goto(url('/redaktion/logga-in'));
    for (let i = 0; i < 5; i++) {
      await fetch(new URL('/api/newsroom/session', server.baseUrl), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'okand@rattslaget.example', password: `fel ${i}` }) });
    }
    await page.getByLabel('E-post').fill('okand@rattslaget.example');
    await page.getByLabel('Lösenord').fill('fel igen');
    await page.getByRole('button', { name: 'Logga in' }).click();
    expect(await page.getByRole('alert').textContent()).toBe('För många misslyckade försök. Vänta 15 minuter och försök igen.');
    await close();
  });

  it('a signed-out visit to the editor goes to the sign-in page, and back there after', async () => {
    const { page, url, close } = await open();
    await page.goto(url('/redaktion/artiklar/1'));
    await expect.poll(() => page.url()).toBe(url('/redaktion/logga-in?tillbaka=%2Fartiklar%2F1'));
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/redaktion/artiklar/1');
    await close();
  });

  it('writes a new article, arranges its blocks by keyboard, saves, is told what publishing needs, publishes; readers see it first on the front page', async () => {
    const { page, url, close } = await signedIn();
    await page.getByRole('link', { name: 'Ny artikel' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ny artikel' }).waitFor();
    await page.getByLabel('Rubrik', { exact: true }).fill('Hovrätten skärper straffet för grovt bedrägeri');
    await page.getByLabel('Ingress').fill('Hovrätten dömer nu mannen till fängelse i tre år.');
    await page.getByLabel('Sektion').selectOption({ label: 'Domstolar' });
    await page.getByLabel('Skribent').selectOption({ label: 'Sara Lindqvist' });
    await page.getByLabel('Bildadress').fill('/media/rattssal-800.webp');
    await page.getByRole('group', { name: 'Stycke 1' }).getByLabel('Text').fill('Tingsrätten hade dömt till två års fängelse.');
    // Saved automatically once typing pauses: the draft now has an address of its own.
    await expect.poll(() => page.url()).toMatch(/\/redaktion\/artiklar\/\d+$/);
    await page.getByText(/^Sparad /).waitFor();

    await page.getByRole('button', { name: 'Citat' }).click();
    // The new block's first field has the focus.
    await page.keyboard.type('Straffet måste spegla hur allvarligt brottet är.');
    await page.getByRole('group', { name: 'Citat 2' }).getByLabel('Vem säger det').fill('Anna Ek');
    await page.getByRole('button', { name: 'Mellanrubrik' }).click();
    await page.keyboard.type('Domen kan överklagas');
    // By keyboard: the subheading up above the quote, with the focus kept on the moved block.
    await page.getByRole('button', { name: 'Flytta upp: Mellanrubrik 3' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Mellanrubrik 2' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flytta upp: Mellanrubrik 2');
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByText(/^Sparad /).waitFor();

    // Publishing without alt text and credit: what is missing is said beside each field.
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    expect(await page.getByRole('alert').filter({ hasText: 'inte klar' }).textContent()).toBe('Artikeln är inte klar att publicera. Rätta fälten som är markerade.');
    const alt = page.getByLabel('Alternativtext');
    expect(await alt.getAttribute('aria-invalid')).toBe('true');
    const altError = (await alt.getAttribute('aria-describedby'))?.split(' ')[0] ?? '';
    expect(await page.locator(`#${altError}`).textContent()).toBe('Bilden behöver en alternativtext.');
    await alt.fill('En tom rättssal med bänkar i ljust trä.');
    await page.getByLabel('Fotograf eller källa').fill('Lina Ek');
    await page.getByRole('button', { name: 'Publicera', exact: true }).click();
    await page.getByText('Artikeln är publicerad.').waitFor();

    const id = editedId(page);
    const saved = await (await api())('GET', `/api/newsroom/articles/${id}`);
    expect(saved.body).toMatchObject({ status: 'published', headline: 'Hovrätten skärper straffet för grovt bedrägeri', hero: { alt: 'En tom rättssal med bänkar i ljust trä.', credit: { name: 'Lina Ek' } } });
    expect((saved.body.body as { type: string }[]).map((block) => block.type)).toEqual(['paragraph', 'subheading', 'quote']);

    await page.goto(url('/'));
    const headlines = (await page.locator('main h2, main h3').allTextContents()).map(readable);
    expect(headlines.find((text) => text !== 'Senaste nytt')).toBe('Hovrätten skärper straffet för grovt bedrägeri');
    await close();
  });

  it('by role: a contributor sends a draft for review and is offered no publishing; an editor schedules it for later', async () => {
    const contributor = await signedIn({}, CONTRIBUTOR);
    const { page } = contributor;
    await page.getByRole('link', { name: 'Ny artikel' }).click();
    await page.getByLabel('Rubrik', { exact: true }).fill('Ny praxis om vårdnadstvister');
    await page.getByLabel('Ingress').fill('Högsta domstolen ger besked i en fråga som länge varit oklar.');
    await page.getByLabel('Sektion').selectOption({ label: 'Domstolar' });
    await page.getByLabel('Skribent').selectOption({ label: 'Sara Lindqvist' });
    await page.getByLabel('Bildadress').fill('/media/lagbok-800.webp');
    await expect.poll(() => page.url()).toMatch(/\/redaktion\/artiklar\/\d+$/);
    const id = editedId(page);
    expect(await page.getByRole('button', { name: 'Publicera', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Schemalägg' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Skicka till granskning' }).click();
    await page.getByText('Artikeln är skickad till granskning.').waitFor();
    await contributor.close();

    const editor = await signedIn();
    await editor.page.goto(editor.url(`/redaktion/artiklar/${id}`));
    await editor.page.getByLabel('Alternativtext').fill('En uppslagen lagbok.');
    await editor.page.getByLabel('Fotograf eller källa').fill('Ali Karimi');
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await editor.page.getByLabel('Publiceringstid').fill(local);
    await editor.page.getByRole('button', { name: 'Schemalägg' }).click();
    await editor.page.getByText(/^Artikeln publiceras /).waitFor();
    expect((await (await api())('GET', `/api/newsroom/articles/${id}`)).body).toMatchObject({ status: 'scheduled', hero: { alt: 'En uppslagen lagbok.' } });
    await editor.close();
  });

  it('reorders blocks by pointer too: the handle drags a block to another\'s place', async () => {
    const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const made = await (await api())('POST', '/api/newsroom/articles', { ...DRAFT, headline: 'Tre stycken i ordning', body: ['Första', 'Andra', 'Tredje'].map(paragraph) });
    const { page, url, close } = await signedIn();
    await page.goto(url(`/redaktion/artiklar/${made.body.id}`));
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    await page.getByRole('group', { name: 'Stycke 1' }).getByTitle('Dra för att flytta').dragTo(page.getByRole('group', { name: 'Stycke 3' }));
    expect(await page.getByRole('group', { name: /^Stycke \d$/ }).getByLabel('Text').evaluateAll((fields) => fields.map((field) => (field as HTMLTextAreaElement).value))).toEqual(['Andra', 'Tredje', 'Första']);
    await page.getByText(/^Sparad /).waitFor();
    await close();
  });

  it('a version saved meanwhile by someone else: both versions are shown, and keeping one\'s own saves it over the other', async () => {
    const staff = await api();
    const made = await staff('POST', '/api/newsroom/articles', {
      ...DRAFT,
      headline: 'Kammarrätten prövar beslut om bygglov',
      body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Målet gäller ett bygglov.' }] }],
    });
    const { page, url, close } = await signedIn({ expectStatuses: [401, 412] });
    await page.goto(url(`/redaktion/artiklar/${made.body.id}`));
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    // Meanwhile, another editor saves a new headline.
    const theirs = await staff('PUT', `/api/newsroom/articles/${made.body.id}`, { ...made.body, headline: 'Deras rubrik om bygglovet' }, { 'If-Match': `"${made.body.version}"` });
    expect(theirs.status).toBe(200);

    await page.getByLabel('Rubrik', { exact: true }).fill('Min rubrik om bygglovet');
    const conflict = page.getByRole('region', { name: 'Någon annan har sparat artikeln' });
    await conflict.waitFor();
    expect(readable(await conflict.getByRole('region', { name: 'Din version (inte sparad)' }).textContent())).toContain('Min rubrik om bygglovet');
    expect(readable(await conflict.getByRole('region', { name: 'Sparad version 2' }).textContent())).toContain('Deras rubrik om bygglovet');
    await conflict.getByRole('button', { name: 'Behåll min version' }).click();
    await page.getByText(/^Sparad /).waitFor();
    expect((await staff('GET', `/api/newsroom/articles/${made.body.id}`)).body).toMatchObject({ headline: 'Min rubrik om bygglovet', version: 3 });
    // Both are kept as revisions.
    await page.getByRole('button', { name: 'Återställ version 2' }).waitFor();
    await close();
  });

  it('nothing typed is lost when the network fails: kept on the device, offered on the next visit, saved from there', async () => {
    const { page, url, close } = await signedIn();
    await page.goto(url('/redaktion/artiklar/2'));
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
    // This tab's saves never reach the server.
    await page.route('**/api/newsroom/articles/2', (route) => (route.request().method() === 'PUT' ? route.abort() : route.fallback()));
    await page.getByLabel('Ingress').fill('En ingress skriven medan nätet låg nere.');
    await page.getByText(/^Kunde inte spara: ändringarna finns kvar/).waitFor();

    // Another tab on this device finds what was typed, and saves it.
    const later = await page.context().newPage();
    await later.goto(url('/redaktion/artiklar/2'));
    await later.getByText('Det finns osparade ändringar från ett tidigare besök på den här enheten.').waitFor();
    await later.getByRole('button', { name: 'Använd de osparade ändringarna' }).click();
    expect(await later.getByLabel('Ingress').inputValue()).toBe('En ingress skriven medan nätet låg nere.');
    await later.getByText(/^Sparad /).waitFor();
    expect((await (await api())('GET', '/api/newsroom/articles/2')).body).toMatchObject({ lead: 'En ingress skriven medan nätet låg nere.' });
    await close();
  });

  it('axe finds nothing on the sign-in page, the list and the editor, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const signInPage = await open({ colorScheme });
      await signInPage.page.goto(signInPage.url('/redaktion/logga-in'));
      await signInPage.page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
      expect(await axeViolations(signInPage.page), `sign-in, ${colorScheme}`).toEqual([]);
      await signIn(signInPage.page, 'fel lösenord igen');
      await signInPage.page.getByRole('alert').waitFor();
      expect(await axeViolations(signInPage.page), `sign-in with an error, ${colorScheme}`).toEqual([]);
      await signInPage.close();

      const { page, url, close } = await signedIn({ colorScheme });
      expect(await axeViolations(page), `list, ${colorScheme}`).toEqual([]);
      await page.goto(url('/redaktion/artiklar/1'));
      await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
      expect(await axeViolations(page), `editor, ${colorScheme}`).toEqual([]);
      await page.goto(url('/redaktion/artiklar/ny'));
      await page.getByRole('heading', { level: 1, name: 'Ny artikel' }).waitFor();
      expect(await axeViolations(page), `new article, ${colorScheme}`).toEqual([]);
      await close();
    }
  });

  it('a reader\'s page loads no newsroom code, and the reader\'s build manifest and service worker name none of it', async () => {
    const { page, url, close } = await open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
    expect(requested.filter((address) => address.startsWith('/assets/'))).not.toEqual([]);
    expect(requested.filter((address) => /newsroom|redaktion/.test(address))).toEqual([]);
    await close();

    const client = path.join(DIST, 'client');
    const reader = JSON.parse(readFileSync(path.join(client, '.vite/manifest.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>;
    const newsroom = JSON.parse(readFileSync(path.join(client, '.vite/newsroom.json'), 'utf8')) as Record<string, { file: string; css?: string[] }>;
    const readerFiles = new Set(Object.values(reader).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]));
    const newsroomFiles = Object.values(newsroom).flatMap((chunk) => [chunk.file, ...(chunk.css ?? [])]);
    expect(newsroomFiles.every((file) => file.startsWith('assets/newsroom/'))).toBe(true);
    expect(newsroomFiles.filter((file) => readerFiles.has(file))).toEqual([]);
    expect(readFileSync(path.join(client, 'sw.js'), 'utf8')).not.toMatch(/assets\/newsroom\/|src\/newsroom/);
  });
});
