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
