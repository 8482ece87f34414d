import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

const POLICE_HEADLINE = 'Polisens jämställdhetsarbete gav fler anmälda sexköp';
const CONSENT_HEADLINE = 'Samtyckeslagen: frivillighet är det som avgör';
// What the browser logs about requests refused while offline; judged by the page's content instead.
const OFFLINE_NOISE = /ERR_INTERNET_DISCONNECTED|ERR_FAILED/;

const saveButton = (page: Page, headline: string) => page.getByRole('button', { name: `Spara: ${headline}`, exact: true });
const savedHeadlines = (page: Page) => page.getByRole('main').getByRole('listitem').getByRole('heading').allTextContents();
const plain = (texts: string[]) => texts.map((text) => text.replace(/\u00AD/g, ''));

/** What the service worker holds for the saved articles, by path. */
const savedStore = (page: Page) =>
  page.evaluate(async () => {
    const store = await caches.open('saved');
    return (await store.keys()).map((request) => new URL(request.url).pathname).sort();
  });

describe('saved articles (/sparat)', () => {
  it('saves from an article and from a teaser, keeps the list across a reload, and removes one', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 320, height: 800 } });
    await page.goto(url(POLICE));
    await saveButton(page, POLICE_HEADLINE).click();
    await expect.poll(() => saveButton(page, POLICE_HEADLINE).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('status').filter({ hasText: 'Sparad. Du hittar artikeln under Sparat.' }).waitFor({ state: 'attached' });

    await page.goto(url('/'));
    await saveButton(page, CONSENT_HEADLINE).click();
    await expect.poll(() => saveButton(page, CONSENT_HEADLINE).getAttribute('aria-pressed')).toBe('true');
    // The button sits above the card's link: pressing it did not open the article.
    expect(new URL(page.url()).pathname).toBe('/');

    await page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link', { name: 'Sparat' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sparade artiklar' }).waitFor();
    await page.getByText('Listan finns bara på den här enheten, i den här webbläsaren').waitFor();
    // Newest first, each with the time it was saved.
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([CONSENT_HEADLINE, POLICE_HEADLINE]);
    expect(await page.getByRole('main').getByRole('listitem').first().textContent()).toMatch(/Sparad \d+ \w+ 20\d\d kl\. \d\d:\d\d/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
    }

    await page.reload();
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([CONSENT_HEADLINE, POLICE_HEADLINE]);
    await page.getByRole('button', { name: `Ta bort: ${POLICE_HEADLINE}` }).click();
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([CONSENT_HEADLINE]);
    await page.reload();
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([CONSENT_HEADLINE]);

    await page.goto(url(POLICE));
    expect(await saveButton(page, POLICE_HEADLINE).getAttribute('aria-pressed')).toBe('false');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
    }
    await close();
  });

  it('stores a saved article for reading offline at once, and the list works offline', async () => {
    const { page, url, close } = await openPage(chromium(), {
      serviceWorkers: 'allow',
      viewport: { width: 375, height: 800 },
      expectProblems: [OFFLINE_NOISE],
    });
    await page.goto(url('/'));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
    // Saved from the front page, never opened.
    // Each press is shown as done (the button pressed) before the reader moves on.
    await saveButton(page, CONSENT_HEADLINE).click();
    await expect.poll(() => saveButton(page, CONSENT_HEADLINE).getAttribute('aria-pressed')).toBe('true');
    await page.goto(url(POLICE));
    await saveButton(page, POLICE_HEADLINE).click();
    await expect.poll(() => saveButton(page, POLICE_HEADLINE).getAttribute('aria-pressed')).toBe('true');

    await page.goto(url('/sparat'));
    const items = page.getByRole('main').getByRole('listitem');
    await expect.poll(() => items.filter({ hasText: 'Går att läsa offline' }).count(), { timeout: 20_000 }).toBe(2);
    // The article, its chart's data and the masthead's sections; never its comments.
    expect(await savedStore(page)).toEqual([
      '/api/articles/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop',
      '/api/articles/samtyckeslagen-sa-fungerar-den',
      '/api/sections',
      '/api/stats/sexkop-anmalda',
    ]);

    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Sparade artiklar' }).waitFor();
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([POLICE_HEADLINE, CONSENT_HEADLINE]);
    await expect.poll(() => items.filter({ hasText: 'Går att läsa offline' }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: CONSENT_HEADLINE }).click();
    await page.getByRole('heading', { level: 1, name: CONSENT_HEADLINE }).waitFor();
    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/^Sparad kopia\. Hämtad/);

    // Removed (offline too): the article and the chart data only it needed leave the store.
    await page.goBack();
    await page.getByRole('button', { name: `Ta bort: ${POLICE_HEADLINE}` }).click();
    await expect.poll(async () => plain(await savedHeadlines(page))).toEqual([CONSENT_HEADLINE]);
    await expect.poll(() => savedStore(page)).toEqual(['/api/articles/samtyckeslagen-sa-fungerar-den', '/api/sections']);
    await close();
  });

  it('is rendered by the server as an empty frame for this device to fill, kept out of search engines', async () => {
    const { page, url, close } = await openPage(chromium(), { javaScriptEnabled: false });
    const response = await page.goto(url('/sparat'));
    expect(response?.status()).toBe(200);
    const html = (await response?.text()) ?? '';
    expect(html).toMatch(/<meta name="robots" content="noindex"\/?>/);
    expect(html).toMatch(/<noscript><p>Listan visas när JavaScript är påslaget, eftersom den finns i webbläsaren och inte hos oss\.<\/p><\/noscript>/);
    await page.getByRole('heading', { level: 1, name: 'Sparade artiklar' }).waitFor();
    expect(await page.getByRole('main').getByRole('list').count()).toBe(0);
    // The buttons that need scripts are not offered without them.
    await page.goto(url(POLICE));
    expect(await saveButton(page, POLICE_HEADLINE).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Lyssna' }).isVisible()).toBe(false);
    await close();
  });
});
