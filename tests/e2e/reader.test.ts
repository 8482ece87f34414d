import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, readable, useBrowser } from './browser';

const chromium = useBrowser();

const ROUTES = [
  { path: '/', heading: 'Rättsläget: Senaste nytt' },
  { path: POLICE, heading: 'Polisens jämställdhetsarbete gav fler anmälda sexköp' },
  { path: '/skribent/william-eriksson', heading: 'William Eriksson' },
  { path: '/sektion/brott', heading: 'Brott och straff' },
  { path: '/amne/sexkop', heading: 'Ämne: Sexköp' },
  { path: '/statistik', heading: 'Statistik' },
  { path: '/statistik/anmalda-brott-kvartal?visa=tabell', heading: 'Anmälda brott per kvartal' },
  { path: '/artikel/finns-inte', heading: 'Sidan finns inte', expectStatuses: [404] },
  { path: '/ingen/sida/alls', heading: 'Sidan finns inte', expectStatuses: [404] },
];

describe('every route on a cold load', () => {
  for (const { path, heading, expectStatuses } of ROUTES) {
    it(`${path} loads, is accessible in light and dark, and never scrolls sideways at 320 px`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page, url, close } = await openPage(chromium(), { colorScheme, expectStatuses });
        await page.goto(url(path));
        await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe(heading);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
        await page.setViewportSize({ width: 320, height: 700 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'sideways scroll at 320 px').toBe(0);
        await close();
      }
    });
  }
});

describe('the article from a shared link', () => {
  it('shows byline and photo credit', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(url(POLICE));
    const byline = page.getByRole('link', { name: 'William Eriksson' });
    await expect.poll(() => byline.isVisible()).toBe(true);
    expect(await byline.getAttribute('href')).toBe('/skribent/william-eriksson');
    expect(await page.getByText('Foto: Tomas Oneborg/TT').isVisible()).toBe(true);
    const hero = page.getByRole('img', { name: /polisbil/ });
    await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await close();
  });

  it('makes the skip link the first Tab stop, and it moves focus to the main content', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hoppa till innehållet');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('innehall');
    await close();
  });

  it('scrolls to a subheading named in the link, on a cold load and after a refresh', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 700 } });
    await page.goto(url(`${POLICE}#utbildning-och-medborgarloften`));
    const heading = page.getByRole('heading', { name: 'Utbildning och medborgarlöften' });
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.reload();
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(60);
    await close();
  });
});

describe('moving around', () => {
  it('navigates in the app, focuses the new heading, and restores scroll on back and forward', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 1280, height: 700 } });
    await page.goto(url('/'));
    const link = page.getByRole('link', { name: 'Arbetsdomstolen avgör tvisterna på arbetsmarknaden' });
    await link.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(300);
    await link.click();
    const h1 = page.getByRole('heading', { level: 1 });
    await expect.poll(async () => readable(await h1.textContent())).toBe('Arbetsdomstolen avgör tvisterna på arbetsmarknaden');
    expect(await h1.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.title()).toBe('Arbetsdomstolen avgör tvisterna på arbetsmarknaden – Rättsläget');

    await page.goBack();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(scrolled);
    await page.goForward();
    await expect.poll(async () => readable(await h1.textContent())).toBe('Arbetsdomstolen avgör tvisterna på arbetsmarknaden');
    await close();
  });

  it('refreshes any page in place', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/skribent/sara-lindqvist'));
    await page.getByRole('link', { name: 'Prejudikaten som styr hur lagen tolkas' }).click();
    await page.waitForURL(/hogsta-domstolen-och-prejudikaten/);
    await page.reload();
    await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Prejudikaten som styr hur lagen tolkas');
    await close();
  });

  it('remembers the colour theme chosen in the settings at the foot of the page across visits', async () => {
    const { page, url, close } = await openPage(chromium(), { colorScheme: 'light' });
    await page.goto(url('/'));
    const theme = page.getByRole('contentinfo').getByRole('group', { name: 'Färgtema' });
    await theme.getByRole('button', { name: 'Mörkt' }).click();
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(18, 19, 22)');
    expect(await theme.getByRole('button', { name: 'Mörkt' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(url(POLICE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await background()).toBe('rgb(18, 19, 22)');
    await close();
  });

  it('lets a reader without JavaScript choose the colour theme: the server stores it and sends them back', async () => {
    const { page, url, close } = await openPage(chromium(), { colorScheme: 'light', javaScriptEnabled: false });
    await page.goto(url('/sok?q=domstol'));
    await page.getByRole('contentinfo').getByRole('button', { name: 'Mörkt' }).click();
    await page.waitForURL(url('/sok?q=domstol'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(18, 19, 22)');
    await page.getByRole('contentinfo').getByRole('button', { name: 'Auto' }).click();
    await page.waitForURL(url('/sok?q=domstol'));
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(18, 19, 22)');
    expect((await page.context().cookies()).find((c) => c.name === 'theme')).toBeUndefined();
    await close();
  });
});

describe('when the API misbehaves', () => {
  it('shows a clear message with a retry, and the article once the API recovers', async () => {
    // The server's page says 503 (with Retry-After) when the API it renders from fails.
    const { page, url, close } = await openPage(chromium(), { expectStatuses: [500, 503] });
    await page.goto(url('/api/__mock?fail=500&scope=/articles/'));
    await page.goto(url(POLICE));
    await expect.poll(() => page.getByText('Tjänsten har tillfälliga problem').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Rättsläget' }).isVisible()).toBe(true);
    await page.context().clearCookies();
    await page.getByRole('button', { name: 'Försök igen' }).click();
    await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Polisens jämställdhetsarbete gav fler anmälda sexköp');
    await close();
  });

  it('keeps space for the article while it loads, so nothing shifts', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/api/__mock?latency=1200'));
    await page.addInitScript(() => {
      (window as unknown as { cls: number }).cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(url(POLICE));
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(1);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBeLessThan(0.05);
    await close();
  });
});
