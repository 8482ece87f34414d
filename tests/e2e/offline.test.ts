import { appendFile, cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, useBrowser } from './browser';
import { DIST, serveBuild } from './buildApp';

const chromium = useBrowser();

const POLICE_HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';
const NOT_OPENED = '/artikel/samtyckeslagen-sa-fungerar-den';
// What the browser logs about requests refused while offline; judged by the page's content instead.
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|ERR_FAILED/;

/** Waits until the app's worker controls the page and has stored `apiPath` (and the page's pictures). */
async function waitUntilSaved(page: Page, apiPath: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await expect.poll(() => page.evaluate((p) => caches.match(p).then(Boolean), apiPath), { timeout: 20_000 }).toBe(true);
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const pictures = [...document.querySelectorAll('img')].filter((img) => img.complete && img.currentSrc);
        const saved = await Promise.all(pictures.map((img) => caches.match(img.currentSrc)));
        return saved.every(Boolean);
      }),
    )
    .toBe(true);
}

describe('reading offline, with the app’s service worker', () => {
  it('opens an article read before with the network off, says it is a saved copy, and explains the one not read', async () => {
    const { page, url, close } = await openPage(chromium(), {
      serviceWorkers: 'allow',
      viewport: { width: 375, height: 800 },
      expectProblems: [OFFLINE_NOISE],
    });
    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1, name: POLICE_HEADLINE }).waitFor();
    await waitUntilSaved(page, `/api/articles${POLICE.replace('/artikel', '')}`);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: POLICE_HEADLINE }).waitFor();
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/^Sparad kopia\. Hämtad \d+ \w+ 20\d\d kl\. \d\d:\d\d\./);
    expect(await page.getByText('Foto: Tomas Oneborg/TT').count()).toBeGreaterThan(0);
    const hero = page.locator('article img').first();
    expect(await hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // An article never opened on this device: the app, with a message that says why, not the browser's error page.
    await page.goto(url(NOT_OPENED));
    await page.getByRole('heading', { level: 1, name: 'Inte sparad för läsning offline' }).waitFor();
    await page.getByText(/den här sidan har inte öppnats på den här enheten förut/).waitFor();
    expect(await page.getByRole('link', { name: 'Rättsläget' }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // Back online, it loads by itself.
    await page.context().setOffline(false);
    await page.getByRole('heading', { level: 1, name: /Samtyckeslagen/ }).waitFor();
    await close();
  });

  it('keeps the article for a reader who only reads, without the app ever starting', async () => {
    const { page, url, close } = await openPage(chromium(), { serviceWorkers: 'allow', onlyReading: true, expectProblems: [OFFLINE_NOISE] });
    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1, name: POLICE_HEADLINE }).waitFor();
    await waitUntilSaved(page, `/api/articles${POLICE.replace('/artikel', '')}`);
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: POLICE_HEADLINE }).waitFor();
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/^Sparad kopia\./);
    await close();
  });

  it('never keeps an API error or anything a reader sends', async () => {
    const { page, url, close } = await openPage(chromium(), { serviceWorkers: 'allow', expectStatuses: [500] });
    await page.goto(url('/nyhetsbrev'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await waitUntilSaved(page, '/api/sections');

    await page.evaluate(() => fetch('/api/__mock?fail=500&scope=/api/articles/hakte'));
    // Through the worker, as the app asks after an in-app navigation.
    expect(await page.evaluate(async () => (await fetch('/api/articles/hakte-och-haktningstider')).status)).toBe(500);
    await page.evaluate(() => fetch('/api/__mock'));

    await page.goto(url('/nyhetsbrev'));
    await page.getByLabel('E-postadress').fill('sparas-inte@example.se');
    await page.getByRole('button', { name: 'Prenumerera' }).click();
    await page.getByText(/^Kolla din inkorg: vi skickar ett mejl till sparas-inte@example\.se/).waitFor();

    // The server's word is kept: an answer marked private or no-store is not stored, even on a path
    // meant for reading offline (the third, which may be stored, shows the worker saw them all).
    const cacheControl: Record<string, string> = { jo: 'private, max-age=60', polisen: 'no-store', samtycke: 'no-cache' };
    await page.context().route('**/api/tags/*', (route) => {
      const id = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      return route.fulfill({ json: { id, name: id }, headers: { 'Cache-Control': cacheControl[id] ?? 'no-store' } });
    });
    for (const id of Object.keys(cacheControl)) {
      expect(await page.evaluate(async (path) => (await fetch(path)).status, `/api/tags/${id}`)).toBe(200);
    }

    // An article's comments are read, but never kept.
    const commentsRead = page.waitForResponse((response) => response.url().includes('/comments') && response.status() === 200);
    await page.goto(url(POLICE));
    await commentsRead;
    // An article opened with the worker in charge is kept too (its data came with the page).
    await waitUntilSaved(page, `/api/articles${POLICE.replace('/artikel', '')}`);

    const saved = await page.evaluate(async () => {
      const entries = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        entries.push(...(await cache.keys()).map((request) => `${request.method} ${new URL(request.url).pathname}`));
      }
      return entries;
    });
    expect(saved).toContain('GET /api/sections');
    expect(saved).toContain('GET /api/articles/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop');
    expect(saved).toContain('GET /api/tags/samtycke');
    expect(saved.filter((entry) => /hakte|newsletter|__mock|comments|tags\/(jo|polisen)/.test(entry) || !entry.startsWith('GET '))).toEqual([]);
    await close();
  });

  describe('a new version', () => {
    // A copy of the browser app, served on its own, so that the new version is written there and not into dist/.
    let copy: { dir: string; baseUrl: string; close: () => Promise<void> };
    beforeAll(async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'reader-update-'));
      await cp(path.join(DIST, 'client'), dir, { recursive: true });
      copy = { dir, ...(await serveBuild({ clientDir: dir })) };
    });
    /** A deploy: the server restarts, on the same address, with the changed files. */
    async function redeploy(): Promise<void> {
      await copy.close();
      copy = { ...copy, ...(await serveBuild({ clientDir: copy.dir, env: { PORT: new URL(copy.baseUrl).port } })) };
    }
    afterAll(async () => {
      await copy?.close();
      if (copy) await rm(copy.dir, { recursive: true, force: true });
    });

    it('takes over: the page on screen stays, the next page opened is the new app', async () => {
      const { page, url, close } = await openPage(chromium(), { serviceWorkers: 'allow', baseURL: copy.baseUrl });
      await page.goto(url('/'));
      await page.getByRole('region', { name: 'Senaste nytt' }).waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
      await page.evaluate(() => {
        const marked = window as unknown as { oldPage?: boolean; replaced?: boolean };
        marked.oldPage = true;
        navigator.serviceWorker.addEventListener('controllerchange', () => (marked.replaced = true));
      });

      await appendFile(path.join(copy.dir, 'sw.js'), '\n// next version\n');
      await redeploy();
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
      await page.waitForFunction(() => (window as unknown as { replaced?: boolean }).replaced === true, null, { timeout: 20_000 });
      expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
      // Nothing is reloaded under the reader…
      expect(await page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBe(true);
      // …and the next page is a full load of the new version.
      await page.getByRole('link', { name: 'JO: riksdagens vakthund över myndigheterna' }).click();
      await page.getByRole('heading', { level: 1, name: 'JO: riksdagens vakthund över myndigheterna' }).waitFor();
      await expect.poll(() => page.evaluate(() => (window as unknown as { oldPage?: boolean }).oldPage)).toBeUndefined();
      await close();
    });
  });

  it('publishes a web app manifest with icons', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/'));
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = await (await page.request.get(url(href ?? '/missing'))).json();
    expect(manifest).toMatchObject({ name: 'Rättsläget', lang: 'sv', start_url: '/', display: 'standalone' });
    const icons = manifest.icons as { src: string; sizes: string; purpose?: string }[];
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const response = await page.request.get(url(icon.src));
      expect(response.headers()['content-type']).toBe('image/png');
    }
    await close();
  });
});
