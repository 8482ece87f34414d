import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

const PHONES = [320, 375, 414];
const masthead = (page: Page) => page.locator('body header').first();

describe('the first screen on a phone', () => {
  it('has a masthead of at most 110 px (name, a search button, the section row) and no settings in it', async () => {
    for (const width of PHONES) {
      for (const javaScriptEnabled of [true, false]) {
        const { page, url, close } = await openPage(chromium(), { viewport: { width, height: 800 }, javaScriptEnabled });
        for (const path of ['/', POLICE, '/sok?q=domstol']) {
          await page.goto(url(path));
          const box = await masthead(page).boundingBox();
          expect(box?.height, `masthead at ${width} px on ${path}, JavaScript ${javaScriptEnabled}`).toBeLessThanOrEqual(110);
          expect(await masthead(page).getByRole('link', { name: 'Sök' }).isVisible()).toBe(true);
          expect(await masthead(page).getByRole('searchbox').isVisible()).toBe(false);
          expect(await masthead(page).getByRole('group', { name: 'Färgtema' }).count()).toBe(0);
          expect(await page.getByRole('contentinfo').getByRole('group', { name: 'Färgtema' }).count()).toBe(1);
        }
        await close();
      }
    }
  });

  it('opens the search field in place from the button, focused, and searches from it', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    await page.goto(url(POLICE));
    await masthead(page).getByRole('link', { name: 'Sök' }).click();
    // A combobox once focused (the suggestions load then): found by its id.
    expect(await masthead(page).locator('#sok').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sok');
    expect(new URL(page.url()).pathname).toBe(POLICE);
    await page.keyboard.type('sexkop');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sökresultat för ”sexkop”' }).waitFor();
    await close();
  });

  it('without JavaScript, the search button is a link to the search page and its field', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
    await page.goto(url(POLICE));
    await masthead(page).getByRole('link', { name: 'Sök' }).click();
    await page.waitForURL(url('/sok'));
    await page.getByLabel('Sökord').fill('sexköp');
    await page.getByLabel('Sökord').press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Sökresultat för ”sexköp”' }).waitFor();
    await close();
  });

  it('puts the headline near the top and one tools row (Lyssna, Spara, Textstorlek, Dela) after the byline', async () => {
    for (const width of PHONES) {
      const { page, url, close } = await openPage(chromium(), { viewport: { width, height: 800 } });
      await page.goto(url(POLICE));
      const headline = await page.getByRole('heading', { level: 1 }).boundingBox();
      expect(headline?.y, `headline at ${width} px`).toBeLessThan(200);
      // Polled: a placeholder (Lyssna, Dela) may give way to its control while it is measured.
      const top = async (locator: ReturnType<typeof page.getByRole>) => {
        let y = Number.NaN;
        await expect.poll(async () => (y = (await locator.boundingBox())?.y ?? Number.NaN)).not.toBeNaN();
        return y;
      };
      const byline = await top(page.getByRole('main').getByRole('link', { name: 'William Eriksson' }));
      const tools = [
        page.getByRole('button', { name: 'Lyssna' }),
        page.getByRole('main').getByRole('button', { name: /^Spara/ }).first(),
        page.locator('summary', { hasText: 'Textstorlek' }),
        page.getByRole('button', { name: 'Dela' }),
      ];
      const firstParagraph = await top(page.locator('article [class*="_body_"] > p').first());
      for (const tool of tools) {
        const y = await top(tool);
        expect(y, `a tool after the byline at ${width} px`).toBeGreaterThan(byline);
        expect(y, `a tool before the body at ${width} px`).toBeLessThan(firstParagraph);
      }
      await close();
    }
  });

  it('on /sok folds the filters into "Filtrera" unless one is set, so the count and the first hits are on the first screen', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    await page.goto(url('/sok?q=domstol'));
    const filters = page.locator('details', { has: page.locator('summary', { hasText: 'Filtrera' }) });
    expect(await filters.getAttribute('open')).toBeNull();
    expect(await page.getByLabel('Sektion', { exact: true }).isVisible()).toBe(false);
    const count = await page.getByText('9 träffar').boundingBox();
    expect(count?.y).toBeLessThan(800);
    const firstHit = await page.getByRole('main').getByRole('article').first().boundingBox();
    expect(firstHit?.y).toBeLessThan(600);
    await page.locator('summary', { hasText: 'Filtrera' }).click();
    await page.getByLabel('Sektion', { exact: true }).selectOption('arbetsratt');
    await page.getByRole('search', { name: 'Filtrera och sortera' }).getByRole('button', { name: 'Sök' }).click();
    await page.waitForURL(/sektion=arbetsratt/);
    await page.getByText('2 träffar').waitFor();
    // A filter in use is shown.
    expect(await filters.getAttribute('open')).toBe('');
    expect(await page.getByLabel('Sektion', { exact: true }).inputValue()).toBe('arbetsratt');
    await close();
  });

  it('on a desktop shows the search field and the filters as they were, with no buttons in front of them', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/sok?q=domstol'));
    expect(await masthead(page).getByRole('searchbox', { name: 'Sök' }).isVisible()).toBe(true);
    expect(await masthead(page).getByRole('link', { name: 'Sök' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Sektion', { exact: true }).isVisible()).toBe(true);
    expect(await page.locator('summary', { hasText: 'Filtrera' }).isVisible()).toBe(false);
    await close();
  });

  it('answers a press on the colour theme and the text size from the first paint, before the app\'s code has run', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 }, colorScheme: 'light' });
    // The libraries are held back until the presses are done: the app cannot have started.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/vendor-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not page.goto, which waits for the app to start.
    await page.evaluate((address) => void setTimeout(() => location.assign(address)), url(POLICE));
    await page.waitForURL(url(POLICE), { waitUntil: 'load' });
    const bodySize = () => page.locator('article [class*="_body_"] > p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const normal = await bodySize();
    // Gone if the page were loaded again (the form posted, as it does without JavaScript).
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    await page.getByRole('contentinfo').getByRole('button', { name: 'Mörkt' }).click();
    await page.locator('summary', { hasText: 'Textstorlek' }).click();
    await page.getByRole('group', { name: 'Textstorlek' }).getByRole('button', { name: 'Störst' }).click();
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 22)');
    expect(await bodySize()).toBeCloseTo(normal * 1.3, 0);
    // Then the reader means to move on (a pointer over an in-app link): the app starts, hydrates
    // over the changed page, and keeps what was chosen.
    release();
    await page.getByRole('link', { name: 'Rättsläget' }).first().hover();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    expect(await page.getByRole('group', { name: 'Textstorlek' }).getByRole('button', { name: 'Störst' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByRole('contentinfo').getByRole('button', { name: 'Mörkt' }).getAttribute('aria-pressed')).toBe('true');
    expect(await bodySize()).toBeCloseTo(normal * 1.3, 0);
    await close();
  });
});

describe('a press before its island is live', () => {
  it('is not lost: Spara pressed on the server page says it is on its way, then saves the article', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    // The libraries are held back, so that the press comes before any code could answer it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/vendor-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    // Not page.goto, which signals the first intent and waits for the app to start.
    await page.evaluate((address) => void setTimeout(() => location.assign(address)), url(POLICE));
    await page.waitForURL(url(POLICE), { waitUntil: 'load' });
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    const save = page.getByRole('main').getByRole('button', { name: /^Spara/ }).first();
    await save.click();
    // On its way: said to assistive technology and drawn as busy.
    expect(await save.getAttribute('aria-busy')).toBe('true');
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    release();
    // The same press, made once the button is live.
    await expect.poll(() => save.getAttribute('aria-pressed'), { timeout: 10_000 }).toBe('true');
    expect(await save.getAttribute('aria-busy')).toBeNull();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('rattslaget:sparat') ?? '[]').length)).toBe(1);
    await close();
  });
});
