import { describe, expect, it } from 'vitest';
import { FAILURES } from '../../mocks/handlers/controls.ts';
import { openPage, readable, useBrowser } from './browser';

const chromium = useBrowser();

type Failure = (typeof FAILURES)[number];

const ARTICLE = '/artikel/hakte-och-haktningstider';
/** What the reader is told, for every way the mock API can fail (a new one must be added here). */
const MESSAGE: Record<Failure, RegExp> = {
  '500': /tillfälliga problem/,
  '503': /tillfälliga problem/,
  '429': /tillfälliga problem/,
  network: /Vi når inte servern/,
  timeout: /svarade inte i tid/,
  'invalid-json': /gick inte att läsa/,
  malformed: /gick inte att läsa/,
};
/** A form says more about 429: the reader sent too much and should wait. */
const FORM_MESSAGE: Record<Failure, RegExp> = { ...MESSAGE, '429': /för många förfrågningar/ };
/** The HTTP error each failure answers with; the others answer 200 or not at all. */
const STATUS: Partial<Record<Failure, number>> = { '500': 500, '503': 503, '429': 429 };
const statusesOf = (failures: readonly Failure[]) => failures.flatMap((failure) => STATUS[failure] ?? []);
/** The server renders the page from the same API: when that fails, the page itself answers 503. */
const PAGE_UNAVAILABLE = 503;

describe('in Chromium, with the API failing in each way', () => {
  for (const fault of FAILURES) {
    it(`${fault}: the article page says what happened and offers a retry that works`, async () => {
      const { page, url, close } = await openPage(chromium(), { expectStatuses: [...statusesOf([fault]), PAGE_UNAVAILABLE] });
      await page.goto(url(`/api/__mock?fail=${fault}&scope=/api/articles/hakte`));
      await page.goto(url(ARTICLE));
      const alert = page.getByRole('alert');
      await alert.waitFor({ timeout: 45_000 });
      expect(await alert.innerText()).toMatch(MESSAGE[fault]);
      expect(await page.getByRole('link', { name: 'Rättsläget' }).isVisible()).toBe(true);
      await page.evaluate(() => fetch('/api/__mock'));
      await page.getByRole('button', { name: 'Försök igen' }).click();
      await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe('Häktning: när någon får sitta inlåst före dom');
      await close();
    }, 60_000);
  }

  it('the comment form keeps its text through a failure of every kind', async () => {
    const { page, url, close } = await openPage(chromium(), { expectStatuses: statusesOf(FAILURES) });
    await page.goto(url(ARTICLE));
    const region = page.getByRole('region', { name: /^Kommentarer/ });
    await region.getByLabel('Namn').fill('Maja');
    await region.getByLabel('Kommentar', { exact: true }).fill('Texten ska finnas kvar');
    for (const fault of FAILURES) {
      await page.evaluate((f) => fetch(`/api/__mock?fail=${f}&scope=/comments`), fault);
      await region.getByRole('button', { name: 'Publicera kommentar' }).click();
      // The client gives up on an unanswered request after 10 s.
      await expect.poll(() => region.getByText(/Kommentaren kunde inte skickas/).innerText(), { message: fault, timeout: 15_000 }).toMatch(FORM_MESSAGE[fault]);
      expect(await region.getByLabel('Kommentar', { exact: true }).inputValue()).toBe('Texten ska finnas kvar');
    }
    await page.evaluate(() => fetch('/api/__mock'));
    await region.getByRole('button', { name: 'Publicera kommentar' }).click();
    await region.getByText('Tack! Din kommentar är publicerad.').waitFor();
    await close();
  }, 90_000);
});

describe('a flaky connection', () => {
  it('says when the reader is offline, explains what cannot load, and recovers by itself', async () => {
    // The browser logs the requests it refuses while offline; nothing else may be wrong.
    const { page, url, close } = await openPage(chromium(), { expectProblems: [/ERR_INTERNET_DISCONNECTED/] });
    // An article first, so that the article page's code is already here.
    await page.goto(url(ARTICLE));
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Rättsläget' }).click();
    await page.getByRole('region', { name: 'Senaste nytt' }).waitFor();
    await page.context().setOffline(true);
    await page.getByText(/Du är offline/).waitFor();
    await page.getByRole('link', { name: 'JO: riksdagens vakthund över myndigheterna' }).click();
    await page.getByText(/har inte öppnats på den här enheten förut/).waitFor({ timeout: 10_000 });
    await page.context().setOffline(false);
    await page.getByText('Anslutningen är tillbaka.').waitFor();
    await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe('JO: riksdagens vakthund över myndigheterna');
    await close();
  });

  it('explains code that could not be downloaded offline, and reloads once back online', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/'));
    await page.getByRole('region', { name: 'Senaste nytt' }).waitFor();
    await page.context().setOffline(true);
    await page.getByRole('link', { name: 'JO: riksdagens vakthund över myndigheterna' }).click();
    await page.getByText(/har inte öppnats på den här enheten förut/).waitFor({ timeout: 10_000 });
    await page.context().setOffline(false);
    await expect.poll(async () => readable(await page.getByRole('heading', { level: 1 }).textContent())).toBe('JO: riksdagens vakthund över myndigheterna');
    await close();
  });
});

describe('the server', () => {
  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const { page, url, close } = await openPage(chromium());
    const response = await page.goto(url('/'));
    const headers = response?.headers() ?? {};
    const csp = headers['content-security-policy'] ?? '';
    for (const directive of ["script-src 'self'", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "default-src 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    await close();
  });

  it('lets browsers keep hashed build files for a year, a CDN the page for a minute, and asks again for the worker', async () => {
    const { page, url, close } = await openPage(chromium());
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/assets/')) scripts.push(response.headers()['cache-control'] ?? '');
    });
    const document = await page.goto(url('/'));
    await page.getByRole('region', { name: 'Senaste nytt' }).waitFor();
    expect(scripts.length).toBeGreaterThan(2);
    expect(new Set(scripts)).toEqual(new Set(['public, max-age=31536000, immutable']));
    // Browsers ask again every time (max-age=0); a CDN in front may serve it for 60 s, and stale while it refreshes.
    expect(document?.headers()['cache-control']).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    expect(document?.headers()['vary']).toMatch(/Cookie/);
    expect((await page.request.get(url('/sw.js'))).headers()['cache-control']).toBe('no-cache');
    await close();
  });
});
