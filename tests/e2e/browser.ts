import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const POLICE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromePath'), args: CHROME_FLAGS });
}

/** One Chromium for the test file, started before its tests and closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
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
  /** console errors, uncaught exceptions and CSP violations seen so far */
  problems: string[];
  url: (path: string) => string;
  close: () => Promise<void>;
};

type OpenOptions = BrowserContextOptions & {
  /** HTTP statuses the page is expected to meet (the browser logs each failed request as a console error). */
  expectStatuses?: number[];
};

/** A fresh context and page that record every console error, page error and CSP violation. */
export async function openPage(browser: Browser, { expectStatuses = [], ...options }: OpenOptions = {}): Promise<WatchedPage> {
  const baseUrl = inject('baseUrl');
  // The app's service worker is off unless a test asks for it (`serviceWorkers: 'allow'`): it
  // would answer from its store what a test means to fetch, or fail, on the network.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE', serviceWorkers: 'block', ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    // Failed requests are logged by the browser too; they are judged below, by URL and status.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console.error: ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !expectStatuses.includes(response.status())) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, problems, url: (path) => new URL(path, baseUrl).toString(), close: () => context.close() };
}

export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
