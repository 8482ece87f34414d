import { describe, expect, it } from 'vitest';
import { openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

describe('an article deep link on a slow phone connection', () => {
  it('shows the article and its picture before the app’s code is even asked for, and never asks the API again', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    // Roughly Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    const timing = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity,
      resources: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
    }));
    const first = (test: RegExp) => timing.resources.find((entry) => test.test(entry.path));
    const vendor = first(/\/assets\/vendor-/);
    const hero = first(/^\/media\/polis-blaljus-/);
    expect(vendor && hero).toBeTruthy();
    // The page is painted, and its picture in, before the app's code (React) competes with them.
    expect(timing.paint).toBeLessThan(vendor!.start);
    expect(hero!.end).toBeLessThanOrEqual(vendor!.start);
    // Hydrated all the same.
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBe('started');

    // The data came with the page: hydrating asks the API for none of it.
    expect(requested.filter((path) => /^\/api\/articles\/[^/]+$/.test(path))).toEqual([]);
    // The picture shown is the one preloaded, fetched once.
    expect(requested.filter((path) => path.startsWith('/media/polis-blaljus-'))).toHaveLength(1);
    const shown = await page.locator('article img').first().evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    expect(shown).toBe(hero!.path);
    await close();
  });
});

describe('the app starts when the reader shows an intent to move', () => {
  it('is not loaded for reading, loads on a pointer over an in-app link, and takes over the navigation from there', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 1280, height: 900 } });
    // Not page.goto, which signals an intent to move and waits for the app.
    await page.evaluate((address) => void setTimeout(() => location.assign(address)), url(POLICE));
    await page.waitForURL(url(POLICE), { waitUntil: 'load' });
    const scripts = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
    // Reading: the pointer over the text, the page scrolled, a key that scrolls.
    await page.locator('article p').first().hover();
    await page.mouse.wheel(0, 600);
    await page.keyboard.press('PageDown');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    // The chart's island may have come (it was scrolled near); the app's code has not.
    expect((await scripts()).filter((path) => /\/assets\/start-/.test(path))).toEqual([]);
    // Gone if the next page were loaded from the server.
    await page.evaluate(() => Object.assign(window, { samePage: true }));
    const link = page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link').first();
    await link.hover();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    // Back is the app's too: the article again, on the same page.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: /jämställdhetsarbete/i }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await close();
  });

  it('before the app has loaded, a click on a link gets the next page from the server', async () => {
    const { page, url, close } = await openPage(chromium());
    // The libraries never come: the click is the server's.
    await page.route(/\/assets\/vendor-[^/]+\.js$/, () => new Promise(() => {}));
    await page.evaluate((address) => void setTimeout(() => location.assign(address)), url(POLICE));
    await page.waitForURL(url(POLICE), { waitUntil: 'load' });
    const link = page.getByRole('navigation', { name: 'Sektioner' }).getByRole('link').first();
    const href = await link.getAttribute('href');
    const [response] = await Promise.all([page.waitForEvent('response', (r) => new URL(r.url()).pathname === href && r.request().resourceType() === 'document'), link.click()]);
    expect(response.status()).toBe(200);
    await page.waitForURL(url(href ?? '/'));
    await close();
  });
});
