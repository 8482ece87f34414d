import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page, type Response as PlaywrightResponse } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Text as a reader sees it: the soft hyphens of Swedish hyphenation are invisible unless a line breaks there. */
export const readable = (text: string | null | undefined): string => (text ?? '').replaceAll('\u00AD', '');

export const POLICE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: CHROME_FLAGS });
}

/** Puts the mock API's data back to the fixtures, so a test file never sees what another one posted. */
export async function resetMockApi(): Promise<void> {
  const response = await fetch(new URL('/api/__mock/reset', inject('baseUrl')), { method: 'POST' });
  if (!response.ok) throw new Error(`Resetting the mock API failed: HTTP ${response.status}`);
}

/** Pages a test opened and has not closed yet; closed (and checked) after it by `useBrowser`. */
const openPages = new Set<WatchedPage>();

/**
 * One Chromium for the test file, started before its tests and closed after them,
 * against a mock API reset to the fixtures. A page a test leaves open is closed,
 * and checked, after that test.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    await resetMockApi();
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const left = [...openPages];
    const outcomes = await Promise.allSettled(left.map((watched) => watched.close()));
    const failure = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium has not started');
    return browser;
  };
}

export type WatchedPage = {
  page: Page;
  /** Console errors, uncaught exceptions, CSP violations and HTTP errors seen so far that were not expected. */
  problems: string[];
  url: (path: string) => string;
  /** Closes the page and fails the test if anything unexpected was seen on it. */
  close: () => Promise<void>;
};

type OpenOptions = BrowserContextOptions & {
  /** HTTP error statuses (400 and up) the page is expected to meet. */
  expectStatuses?: number[];
  /**
   * Console errors and page errors the test provokes on purpose, matched against the
   * recorded line (`console.error: …`, `page error: …`). Everything else fails the test.
   */
  expectProblems?: RegExp[];
  /** Leave the page as a reader who only reads: the app is not started after each navigation. */
  onlyReading?: boolean;
};

/**
 * A fresh context and page that record every console error, page error, CSP violation
 * and HTTP error; closing it fails the test on any of them the test did not declare.
 * `baseURL` serves the page from another server than the one the test run started.
 */
export async function openPage(browser: Browser, { expectStatuses = [], expectProblems = [], onlyReading = false, ...options }: OpenOptions = {}): Promise<WatchedPage> {
  const tooLow = expectStatuses.filter((status) => status < 400);
  if (tooLow.length) throw new Error(`expectStatuses lists ${tooLow.join(', ')}: only HTTP errors (400 and up) are checked`);
  const baseUrl = options.baseURL ?? inject('baseUrl');
  // The app's service worker is off unless a test asks for it (`serviceWorkers: 'allow'`): it
  // would answer from its store what a test means to fetch, or fail, on the network.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', serviceWorkers: 'block', ...options, baseURL: baseUrl });
  const page = await context.newPage();
  const problems: string[] = [];
  const record = (problem: string) => {
    if (!expectProblems.some((expected) => expected.test(problem))) problems.push(problem);
  };
  page.on('console', (message) => {
    // Failed requests are logged by the browser too; they are judged below, by URL and status.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      record(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectStatuses.includes(response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => record(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });

  if (options.javaScriptEnabled !== false && !onlyReading) waitForAppOnNavigation(page);

  let closed = false;
  const watched: WatchedPage = {
    page,
    problems,
    url: (path) => new URL(path, baseUrl).toString(),
    close: async () => {
      if (closed) return;
      closed = true;
      openPages.delete(watched);
      await context.close();
      expect(problems, 'console errors, page errors, CSP violations or HTTP errors the test did not expect').toEqual([]);
    },
  };
  openPages.add(watched);
  return watched;
}

/**
 * The server's page is readable at once, and the app's code starts only after it has
 * loaded (src/main.tsx). A test that uses the page as an app (in-app links, forms)
 * must not act before it runs: every navigation that loads a page also waits for that.
 */
function waitForAppOnNavigation(page: Page): void {
  const started = async (response: PlaywrightResponse | null) => {
    if (response && (response.headers()['content-type'] ?? '').includes('text/html')) {
      // The app starts when the reader shows an intent to move: here a pointer coming over an in-app
      // link, the masthead's name (an event only, so that no real pointer is left where a test's own
      // taps and clicks would meet it). Until then the page is the server's HTML and its islands.
      await page.waitForLoadState('load');
      await page.evaluate(() => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')].find((a) => a.pathname !== location.pathname && !a.pathname.startsWith('/api'));
        (link ?? document).dispatchEvent(new PointerEvent('pointerover', { bubbles: true }));
      });
      await page.waitForFunction(() => document.documentElement.dataset.app === 'started', null, { timeout: 20_000 });
    }
    return response;
  };
  const { goto, reload, goBack, goForward } = { goto: page.goto.bind(page), reload: page.reload.bind(page), goBack: page.goBack.bind(page), goForward: page.goForward.bind(page) };
  Object.assign(page, {
    goto: async (...args: Parameters<Page['goto']>) => started(await goto(...args)),
    reload: async (...args: Parameters<Page['reload']>) => started(await reload(...args)),
    goBack: async (...args: Parameters<Page['goBack']>) => started(await goBack(...args)),
    goForward: async (...args: Parameters<Page['goForward']>) => started(await goForward(...args)),
  });
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
