import { describe, expect, it } from 'vitest';
import { openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

describe('an article deep link on a slow phone connection', () => {
  it('asks for the article, its page code and its hero picture while the app’s code is still downloading, each once', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    const cdp = await page.context().newCDPSession(page);
    // Roughly Lighthouse's mobile profile: 150 ms round trips, 1.6 Mbit/s down.
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 200_000, uploadThroughput: 94_000 });
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));

    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('load');
    const timing = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
    );
    const first = (test: RegExp) => timing.find((entry) => test.test(entry.path));
    const vendor = first(/\/assets\/vendor-/);
    const article = first(/^\/api\/articles\/[^/]+$/);
    const route = first(/\/assets\/ArticleRoute-.*\.js$/);
    const hero = first(/^\/media\/polis-blaljus-/);
    expect(vendor && article && route && hero).toBeTruthy();
    expect(article!.start).toBeLessThan(vendor!.end);
    expect(route!.start).toBeLessThan(vendor!.end);
    expect(hero!.start).toBeLessThan(vendor!.end);

    // The early request is the app's: no second one. The preloaded picture is the one the page shows.
    expect(requested.filter((path) => /^\/api\/articles\/[^/]+$/.test(path))).toHaveLength(1);
    expect(requested.filter((path) => path.startsWith('/media/polis-blaljus-'))).toHaveLength(1);
    const shown = await page.locator('article img').first().evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname);
    expect(shown).toBe(hero!.path);
    await close();
  });
});
