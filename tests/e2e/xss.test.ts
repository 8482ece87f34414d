import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { XSS_PAYLOADS } from '../../mocks/fixtures/xssPayloads.ts';
import { openPage, readable, type WatchedPage, useBrowser } from './browser';

const chromium = useBrowser();

const ALL = XSS_PAYLOADS.join(' ');
/** innerText folds white space, as the screen does. */
const folded = (text: string) => readable(text).replace(/\s+/g, ' ').trim();

/** A page that counts dialogs; every payload would set window.__xss or open one if it ran. */
async function watched(): Promise<WatchedPage & { dialogs: () => number }> {
  const watchedPage = await openPage(chromium(), { expectStatuses: [404] });
  let dialogs = 0;
  watchedPage.page.on('dialog', (dialog) => {
    dialogs++;
    void dialog.dismiss();
  });
  return { ...watchedPage, dialogs: () => dialogs };
}

async function expectNothingRan(page: Page, dialogs: number, problems: string[]) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  // A CSP violation would mean markup from data reached the DOM as HTML.
  expect(problems).toEqual([]);
  const dangerous = await page.evaluate(() =>
    [...document.querySelectorAll('main a[href], main iframe, main object, main embed, main svg script, main script:not([type="application/ld+json"]), main [onerror], main [onload], main [onclick]')]
      .map((el) => el.outerHTML.slice(0, 120))
      // Allowed: web, mail and in-app links, and the app's own CSV download.
      .filter((html) => !/^<a[^>]+href="(https?:|mailto:|\/|#|data:text\/csv;charset=utf-8,)/.test(html)),
  );
  expect(dangerous).toEqual([]);
}

async function scrollThrough(page: Page) {
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.waitForLoadState('networkidle');
}

describe(`${XSS_PAYLOADS.length} XSS payloads in every field the API carries`, () => {
  it('article: headline, lead, section, byline, photo alt, caption and credit, body, quotes, links, fact box, chart, comments', async () => {
    const { page, problems, url, close, dialogs } = await watched();
    await page.goto(url('/artikel/xss-alla'));
    const h1 = page.getByRole('heading', { level: 1 });
    await h1.waitFor();
    expect(readable(await h1.textContent())).toBe(ALL);
    await scrollThrough(page);
    await page.getByRole('region', { name: /^Kommentarer/ }).getByRole('article').first().waitFor();
    await page.locator('figure#diagram-xss-statistik').waitFor();
    const text = folded(await page.locator('main').innerText());
    for (const payload of XSS_PAYLOADS) expect(text, payload).toContain(folded(payload));
    expect(await page.getByRole('img', { name: ALL }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('region', { name: /^Kommentarer/ }).getByRole('article').count()).toBe(XSS_PAYLOADS.length);
    await expectNothingRan(page, dialogs(), problems);
    await close();
  });

  it('author bio, the author’s teasers, and statistics title, unit, notes, series and source', async () => {
    const { page, problems, url, close, dialogs } = await watched();
    await page.goto(url('/skribent/xss-skribent'));
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.locator('main').innerText()).toContain(XSS_PAYLOADS[5]);
    await expectNothingRan(page, dialogs(), problems);

    for (const view of ['', '?visa=tabell']) {
      await page.goto(url(`/statistik/xss-statistik${view}`));
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      const text = folded(await page.locator('main').innerText());
      for (const payload of XSS_PAYLOADS) expect(text, payload).toContain(folded(payload));
      // A javascript: source address is shown as its name, not linked.
      expect(await page.locator('figcaption a').allTextContents()).toEqual(['Ladda ner CSV']);
      await expectNothingRan(page, dialogs(), problems);
    }
    await close();
  });
});

describe('XSS payloads in every form input', () => {
  it('comments: name and text, posted and shown as text', async () => {
    const { page, problems, url, close, dialogs } = await watched();
    await page.goto(url('/artikel/dataskyddsforordningen-och-den-enskilde'));
    const region = page.getByRole('region', { name: /^Kommentarer/ });
    for (const payload of XSS_PAYLOADS) {
      // A name is one line without control characters (the API refuses a tab in it), the text may have them.
      await region.getByLabel('Namn').fill(payload.slice(0, 60).replace(/\t/g, ' '));
      await region.getByLabel("Kommentar", { exact: true }).fill(payload);
      await region.getByRole('button', { name: 'Publicera kommentar' }).click();
      await region.getByText(/Tack! Din kommentar/).waitFor();
    }
    await page.reload();
    await page.getByRole('region', { name: /^Kommentarer/ }).getByRole('article').first().waitFor();
    await scrollThrough(page);
    await expectNothingRan(page, dialogs(), problems);
    await close();
  });

  it('tip form and newsletter: errors quote the input as text', async () => {
    const { page, problems, url, close, dialogs } = await watched();
    await page.goto(url('/artikel/dataskyddsforordningen-och-den-enskilde'));
    await page.getByRole('button', { name: 'Tipsa via e-post' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Mottagare').fill(XSS_PAYLOADS.join('\n'));
    await dialog.getByLabel('Ditt namn').fill(XSS_PAYLOADS[4] ?? '');
    await dialog.getByLabel('Din e-postadress').fill(XSS_PAYLOADS[5] ?? '');
    await dialog.getByLabel('Meddelande (frivilligt)').fill(XSS_PAYLOADS.slice(0, 10).join(' '));
    await dialog.getByRole('button', { name: 'Skicka tips' }).click();
    expect(await dialog.getByRole('alert').innerText()).toContain(`ogiltig adress: ${XSS_PAYLOADS[4]}`);
    await page.keyboard.press('Escape');
    await expectNothingRan(page, dialogs(), problems);

    await page.goto(url('/nyhetsbrev'));
    for (const payload of XSS_PAYLOADS.slice(0, 10)) {
      await page.getByLabel('E-postadress').fill(payload);
      await page.getByRole('button', { name: 'Prenumerera' }).click();
      await page.getByRole('alert').waitFor();
    }
    await expectNothingRan(page, dialogs(), problems);
    await close();
  });

  it('search: every payload as a query, in the address and typed into the masthead field, shown as text', async () => {
    const { page, problems, url, close, dialogs } = await watched();
    for (const payload of XSS_PAYLOADS) {
      await page.goto(url(`/sok?q=${encodeURIComponent(payload)}`));
      const h1 = page.getByRole('heading', { level: 1 });
      await h1.waitFor();
      expect(folded(await h1.innerText()), payload).toContain(folded(payload.slice(0, 200)).trim());
    }
    await expectNothingRan(page, dialogs(), problems);
    await page.getByRole('searchbox', { name: 'Sök', exact: true }).focus();
    await page.getByRole('combobox', { name: 'Sök', exact: true }).fill(XSS_PAYLOADS[4] ?? '');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Sökresultat för ”${XSS_PAYLOADS[4]}”` }).waitFor();
    await expectNothingRan(page, dialogs(), problems);
    await close();
  });
});
