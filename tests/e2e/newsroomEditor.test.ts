import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, POLICE, readable, useBrowser, type WatchedPage } from './browser';
import type { RunningServer } from './buildApp';
import { serveWithStaff, signInOverApi } from './staffServer';

// The editor's text marks, versions compared and the preview, in Chromium against the built server.

const EMAIL = 'redaktor@rattslaget.example';
const PASSWORD = 'Höstdimma över Riddarfjärden';
const HERO = { src: '/media/rattssal-800.webp', sources: [{ url: '/media/rattssal-800.webp', width: 800 }], width: 1200, height: 675, alt: 'En tom rättssal.', credit: { name: 'Lina Ek', agency: 'Rättsläget' } };

describe('the article editor', () => {
  const browser = useBrowser();
  let dataDir: string;
  let server: RunningServer;
  let cookie = '';

  const staff = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(new URL(url, server.baseUrl), { method, headers: { Cookie: cookie, 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: answer.status, headers: answer.headers, body: (await answer.json().catch(() => undefined)) as Record<string, unknown> };
  };
  const draft = (headline: string, body: unknown[]) => ({ headline, lead: 'Domstolen prövar beslutet.', section: { id: 'domstol' }, author: { id: 'sara-lindqvist' }, hero: HERO, body });

  const signedIn = async (options: Parameters<typeof openPage>[1] = {}, visitFirst?: string): Promise<WatchedPage> => {
    const watched = await openPage(browser(), { baseURL: server.baseUrl, expectStatuses: [401], ...options });
    if (visitFirst) await untilWorkerControls(watched, visitFirst);
    await watched.page.goto(watched.url('/redaktion/logga-in'));
    await watched.page.getByLabel('E-post').fill(EMAIL);
    await watched.page.getByLabel('Lösenord').fill(PASSWORD);
    await watched.page.getByRole('button', { name: 'Logga in' }).click();
    await watched.page.getByRole('heading', { level: 1, name: 'Artiklar' }).waitFor();
    return watched;
  };
  /** A reader's page first, until the app's service worker controls the pages of the site. */
  const untilWorkerControls = async ({ page, url }: WatchedPage, address: string) => {
    await page.goto(url(address));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  };
  const edit = async (page: Page, url: (path: string) => string, id: unknown) => {
    await page.goto(url(`/redaktion/artiklar/${String(id)}`));
    await page.getByRole('heading', { level: 1, name: 'Redigera artikel' }).waitFor();
  };

  beforeAll(async () => {
    ({ server, dataDir } = await serveWithStaff('editor', [{ email: EMAIL, name: 'Eva Redaktör', role: 'editor' }], PASSWORD));
    ({ cookie } = await signInOverApi(server, EMAIL, PASSWORD));
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a paragraph typed with emphasis, a link and a data reference: shown as it will read, a javascript: link refused beside the field, saved as the reader’s nodes and printed back', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Sexköpen ökade kraftigt', [{ type: 'paragraph', content: [{ type: 'text', text: 'Första versionen.' }] }]));
    const { page, url, close } = await signedIn();
    await edit(page, url, made.body.id);
    const paragraph = page.getByRole('group', { name: 'Stycke 1' });
    const text = paragraph.getByLabel('Text');
    expect(await paragraph.getByText(/^Betoning: \*text\*/).count()).toBe(1);

    await text.fill('Se [domen](javascript:alert(1)) nu.');
    const error = paragraph.getByText(/^Länken ”javascript:alert\(1\)” är inte tillåten/);
    await error.waitFor();
    expect(await text.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Kunde inte spara. Rätta fälten som är markerade.').count()).toBe(0);

    await text.fill('Anmälningarna var *betydligt* fler: [840]{sexkop-anmalda/anmalda/2018} enligt [Brå](https://bra.se/statistik).');
    const shown = paragraph.getByRole('group', { name: 'Så här ser stycket ut' });
    await shown.getByRole('link', { name: 'Brå' }).waitFor();
    expect(await shown.locator('em').textContent()).toBe('betydligt');
    expect(await error.count()).toBe(0);
    await page.getByText(/^Sparad /).waitFor();
    const saved = await staff('GET', `/api/newsroom/articles/${String(made.body.id)}`);
    expect(saved.body.body).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Anmälningarna var ' },
          { type: 'emphasis', text: 'betydligt' },
          { type: 'text', text: ' fler: ' },
          { type: 'dataRef', text: '840', statsId: 'sexkop-anmalda', seriesId: 'anmalda', period: '2018' },
          { type: 'text', text: ' enligt ' },
          { type: 'link', text: 'Brå', href: 'https://bra.se/statistik' },
          { type: 'text', text: '.' },
        ],
      },
    ]);
    await page.reload();
    expect(await page.getByRole('group', { name: 'Stycke 1' }).getByLabel('Text').inputValue()).toBe('Anmälningarna var *betydligt* fler: [840]{sexkop-anmalda/anmalda/2018} enligt [Brå](https://bra.se/statistik).');
    await close();
  });

  it('two versions compared: the words inserted and deleted in each field, named for screen readers; restoring stays', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Hovrätten skärper straffet', [{ type: 'paragraph', content: [{ type: 'text', text: 'Mannen döms till två års fängelse.' }] }]));
    const id = String(made.body.id);
    const second = await staff('PUT', `/api/newsroom/articles/${id}`, { ...draft('Hovrätten mildrar straffet', [{ type: 'paragraph', content: [{ type: 'text', text: 'Mannen döms till ett års fängelse.' }] }]), slug: made.body.slug }, { 'If-Match': '"1"' });
    expect(second.status).toBe(200);
    const { page, url, close } = await signedIn();
    await edit(page, url, id);
    await page.getByRole('button', { name: 'Jämför version 1 med en annan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Jämför versioner' });
    await dialog.waitFor();
    expect(await dialog.getByLabel('Från version').inputValue()).toBe('1');
    expect(await dialog.getByLabel('Till version').inputValue()).toBe('2');
    expect(await dialog.getByRole('status').textContent()).toBe('2 fält har ändrats.');
    expect(await dialog.locator('dt').allTextContents()).toEqual(['Rubrik', 'Stycke 1']);
    expect(await dialog.locator('ins').allTextContents()).toEqual(['[tillagt: mildrar slut.]', '[tillagt: ett slut.]']);
    expect(await dialog.locator('del').allTextContents()).toEqual(['[borttaget: skärper slut.]', '[borttaget: två slut.]']);
    // The labels are for screen readers; on screen an insertion is underlined and a deletion struck through, not only coloured.
    expect(await dialog.locator('ins .visually-hidden').first().evaluate((el) => getComputedStyle(el).clipPath)).not.toBe('none');
    expect(await dialog.locator('ins').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
    expect(await dialog.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    await dialog.getByLabel('Till version').selectOption('1');
    expect(await dialog.getByRole('status').textContent()).toBe('Versionerna har samma innehåll.');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Återställ version 1' }).click();
    await page.getByText('Version 1 är återställd.').waitFor();
    expect((await staff('GET', `/api/newsroom/articles/${id}`)).body).toMatchObject({ headline: 'Hovrätten skärper straffet', version: 3 });
    await close();
  });

  it('“Förhandsgranska” shows the unsaved draft with the reader’s components at 375 and 1280 px, in a frame only the newsroom may frame, never stored or indexed', async () => {
    const made = await staff('POST', '/api/newsroom/articles', draft('Polisen arbetar med jämställdhet', [{ type: 'paragraph', content: [{ type: 'text', text: 'Arbetet började 2016.' }] }]));
    const { page, url, close } = await signedIn();
    await edit(page, url, made.body.id);
    await page.route('**/api/newsroom/articles/*', (route) => (route.request().method() === 'PUT' ? route.abort() : route.fallback()));
    await page.getByLabel('Rubrik', { exact: true }).fill('Ännu inte sparad rubrik');
    await page.getByRole('group', { name: 'Stycke 1' }).getByLabel('Text').fill('Det är *nytt* och [länkat](/artikel/annan).');
    await page.getByRole('button', { name: 'Förhandsgranska' }).click();
    const frame = page.frameLocator('iframe[title="Artikeln som läsarna ser den, 375 px bred"]');
    await frame.getByRole('heading', { level: 1, name: 'Ännu inte sparad rubrik' }).waitFor();
    expect(await frame.locator('main article em').textContent()).toBe('nytt');
    // The reader's own link, to the reader's address.
    expect(await frame.getByRole('link', { name: 'länkat' }).getAttribute('href')).toBe('/artikel/annan');
    expect(readable(await frame.locator('figure figcaption').textContent())).toContain('Lina Ek');
    expect(await frame.locator('html').evaluate((el) => el.clientWidth)).toBe(375);
    // Typed while the preview is open: shown at once.
    await page.getByRole('radio', { name: 'Dator (1280 px)' }).check();
    const wide = page.frameLocator('iframe[title="Artikeln som läsarna ser den, 1280 px bred"]');
    await expect.poll(() => wide.locator('html').evaluate((el) => el.clientWidth)).toBe(1280);
    // Clicking a link in the preview leaves the frame on the draft.
    await wide.getByRole('link', { name: 'länkat' }).click();
    await wide.getByRole('heading', { level: 1, name: 'Ännu inte sparad rubrik' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Förhandsgranska' }).waitFor();
    await page.unroute('**/api/newsroom/articles/*');
    await close();

    const frameAnswer = await fetch(new URL('/redaktion/forhandsgranska', server.baseUrl));
    expect(frameAnswer.headers.get('cache-control')).toBe('no-store');
    expect(frameAnswer.headers.get('x-robots-tag')).toBe('noindex');
    expect(frameAnswer.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(frameAnswer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    const editorAnswer = await fetch(new URL('/redaktion/artiklar/1', server.baseUrl));
    expect(editorAnswer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(editorAnswer.headers.get('x-frame-options')).toBe('DENY');
  });

  it('the reader’s service worker never keeps nor answers anything of the newsroom: its pages, code and API go to the network', async () => {
    const { page, url, close } = await signedIn({ serviceWorkers: 'allow', expectProblems: [/ERR_INTERNET_DISCONNECTED|ERR_FAILED/] }, POLICE);
    await edit(page, url, 1);
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) urls.push(...(await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname));
      return urls;
    });
    // The worker keeps the reader's article, and nothing of the newsroom.
    expect(kept).toContain(`/api/articles${POLICE.replace('/artikel', '')}`);
    expect(kept.filter((pathname) => /^\/(redaktion|api\/newsroom|assets\/newsroom)/.test(pathname))).toEqual([]);
    // Offline, the newsroom is the browser's own error, not the reader's app shell from the worker.
    await page.context().setOffline(true);
    const offline = await page.goto(url('/redaktion/')).then(
      () => 'answered',
      (error: unknown) => String(error),
    );
    expect(offline).toMatch(/ERR_INTERNET_DISCONNECTED/);
    await page.context().setOffline(false);
    await close();
  });
});
