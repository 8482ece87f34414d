import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, POLICE, readable, useBrowser } from './browser';

const chromium = useBrowser();

/** Opens the article as a link from a chat would, without the first intent `page.goto` signals (which starts the app). */
async function arrive(page: Page, address: string): Promise<void> {
  await page.evaluate((to) => void setTimeout(() => location.assign(to)), address);
  await page.waitForURL(address, { waitUntil: 'load' });
}

const appState = (page: Page) => page.evaluate(() => document.documentElement.dataset.app);

/** Whether React has rendered or hydrated the element (it keeps its fiber on the element). */
const renderedByReact = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')));

describe('what hydrates on an article, and when', () => {
  it('gives a reader who only scrolls the comments, the tip and the sign-up form, without starting the app', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    await arrive(page, url(POLICE));
    // Scrolling by the wheel, a screen at a time: no pointer over a link, no touch, no focus.
    for (let step = 0; step < 40 && !(await page.getByRole('region', { name: /^Kommentarer/ }).count()); step++) {
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(100);
    }
    await page.getByRole('region', { name: /^Kommentarer/ }).getByRole('article').first().waitFor();
    await page.getByRole('textbox', { name: /E-post/ }).first().waitFor();
    expect(await appState(page)).toBeUndefined();
    // Each of them works as it is: the tip form opens from its button, and says what is missing.
    await page.getByRole('button', { name: /Tipsa/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /Skicka/ }).click();
    await expect.poll(() => dialog.getByRole('alert').count()).toBeGreaterThan(0);
    expect(await appState(page)).toBeUndefined();
    await close();
  });

  it('leaves the article’s text as the server sent it when the app starts, and its links then move within the app', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 1280, height: 900 } });
    await arrive(page, url(POLICE));
    // The elements themselves are kept: the app must not replace them, nor render into them.
    await page.evaluate(() => {
      const kept = ['article h1', 'article [data-static] p', 'article time', '#related-title + * a'].map((selector) => document.querySelector(selector));
      Object.assign(window, { kept, samePage: true });
    });
    await page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link').first().hover();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    // The masthead is the app's now, the text is not.
    expect(await renderedByReact(page, 'header nav a')).toBe(true);
    const kept = await page.evaluate(() =>
      (window as unknown as { kept: (Element | null)[] }).kept.map((element) => ({
        found: Boolean(element),
        onPage: Boolean(element?.isConnected),
        rendered: Object.keys(element ?? {}).some((key) => key.startsWith('__reactFiber')),
      })),
    );
    expect(kept).toEqual(Array(4).fill({ found: true, onPage: true, rendered: false }));
    // A link in that text, pressed once the app runs, is the app's navigation: no new document.
    const related = page.getByRole('region', { name: 'Läs också' }).getByRole('link').first();
    const headline = readable(await related.textContent());
    await related.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent?.replaceAll('\u00AD', '')))
      .toBe(headline);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    // Back to the article: a page the app renders itself, text and all.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /jämställdhetsarbete/i }).waitFor();
    expect(await renderedByReact(page, 'article h1')).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await close();
  });

  it('lights a chart’s point for a number in the text that was pointed at before its code came', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 1280, height: 900 } });
    await arrive(page, url(POLICE));
    // The chart first (it hydrates when near), then a pointer that arrives on the number and stays there.
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    await page.locator('#diagram-sexkop-anmalda').evaluate((spot) => spot.scrollIntoView({ block: 'end' }));
    await figure.getByRole('application').waitFor();
    const number = page.getByRole('button', { name: /^840\b/ });
    expect(await number.evaluate((element) => Object.keys(element).some((key) => key.startsWith('__reactFiber')))).toBe(false);
    await number.hover();
    await expect.poll(() => figure.locator('.recharts-reference-dot').count()).toBe(1);
    expect(await appState(page)).toBeUndefined();
    await close();
  });

  it('leaves the front page’s teasers as the server sent them, and their Spara buttons answer the first press', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    await arrive(page, url('/'));
    await page.evaluate(() => Object.assign(window, { teaser: document.querySelector('main li h3') }));
    await page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link').first().hover();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    expect(
      await page.evaluate(() => {
        const teaser = (window as unknown as { teaser: Element | null }).teaser;
        return Boolean(teaser?.isConnected) && !Object.keys(teaser ?? {}).some((key) => key.startsWith('__reactFiber'));
      }),
    ).toBe(true);
    // A Spara in that list is an island still: pressed once, it is saved.
    const save = page.locator('main li').first().getByRole('button', { name: /^Spara/ });
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed')).toBe('true');
    await close();
  });
});
