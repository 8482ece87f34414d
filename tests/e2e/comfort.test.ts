import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, POLICE, useBrowser } from './browser';

const chromium = useBrowser();

const SHY = '\u00AD';
const DATA_PROTECTION = '/artikel/dataskyddsforordningen-och-den-enskilde';
/** Has a link out, to Sveriges Domstolar. */
const COURTS = '/artikel/provningstillstand-i-hovratten';
/** The front page links it. */
const LABOUR_COURT = '/artikel/arbetsdomstolen-sista-instans';
/** Has a link inside the site. */
const LAS = '/artikel/las-nya-regler-for-anstallningsskydd';
/** The article's text blocks, and the teasers' text: what carries soft hyphens. */
const TEXT = 'article h1, article header p, article [class*="_body_"] :is(p, h2, li, blockquote, figcaption), article figcaption, article [class*="_text_"] :is(h2, h3, p)';

/** Elements wider inside than their box: a word that does not fit its column. */
function overflowingText(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const wide = [...document.querySelectorAll<HTMLElement>(selector)].filter((el) => el.scrollWidth > el.clientWidth + 1);
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) wide.push(document.documentElement);
    return wide.map((el) => `${el.tagName}: ${el.textContent?.slice(0, 40)}`);
  }, TEXT);
}

/**
 * Lines that end inside a word anywhere but at a soft hyphen (or a written hyphen):
 * each character's box is measured, and where the next one starts a new line
 * without a space between them, the one before must be where a hyphen may go.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const found: string[] = [];
    const range = document.createRange();
    const top = (node: Text, at: number) => {
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      // A character after a break also reports the hyphen drawn before it: its own box is the last.
      return [...range.getClientRects()].at(-1)?.top;
    };
    for (const element of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const text = node.data;
        for (let i = 1; i < text.length; i++) {
          if (/\s/.test(text[i - 1] ?? '') || /\s/.test(text[i] ?? '')) continue;
          const before = top(node, i - 1);
          const after = top(node, i);
          if (before === undefined || after === undefined || after - before < 4) continue;
          if (!['\u00AD', '-', '–'].includes(text[i - 1] ?? '')) found.push(`${text.slice(Math.max(0, i - 12), i)}|${text.slice(i, i + 12)}`);
        }
      }
    }
    return found;
  }, TEXT);
}

const softHyphens = (page: Page, selector: string) => page.locator(selector).first().evaluate((el, shy) => el.textContent?.split(shy).length ?? 0, SHY);

describe('Swedish hyphenation', () => {
  it('breaks long words only at soft hyphens at 320 px, and no word overflows its column', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 320, height: 700 } });
    for (const path of [POLICE, DATA_PROTECTION, COURTS, '/']) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(await softHyphens(page, 'main'), `soft hyphens on ${path}`).toBeGreaterThan(10);
      expect(await overflowingText(page), `overflow on ${path}`).toEqual([]);
      expect(await brokenWords(page), `words broken without a hyphen on ${path}`).toEqual([]);
    }
    await close();
  });

  it('is in the server’s page already, and hydration keeps it (no mismatch)', async () => {
    const html = await (await fetch(new URL(POLICE, inject('baseUrl')))).text();
    expect(html).toContain(`jäm${SHY}ställd${SHY}hets${SHY}per${SHY}spek${SHY}tiv`);
    expect(html).toContain('id="hyphenation"');
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    const lead = page.locator('article header p').last();
    const served = await lead.evaluate((el) => el.textContent);
    await page.waitForLoadState('networkidle');
    expect(await lead.evaluate((el) => el.textContent)).toBe(served);
    // React logs a hydration mismatch as a console error, which fails the page on close.
    await close();
  });

  it('never goes inside numbers that point into a chart, or link addresses', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    const refs = await page.locator('button[data-stats]').evaluateAll((buttons) => buttons.map((b) => b.textContent ?? ''));
    expect(refs.some((text) => text.includes('sexköpsbrott'))).toBe(true);
    expect(refs.filter((text) => text.includes('\u00AD'))).toEqual([]);
    await page.goto(url(COURTS));
    expect(await page.getByRole('link', { name: 'Sveriges Domstolar' }).getAttribute('href')).toBe('https://www.domstol.se/');
    await close();
  });

  it('hyphenates an article the browser renders itself, after an in-app link', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/'));
    await page.waitForLoadState('networkidle');
    await page.getByRole('link', { name: 'Arbetsdomstolen avgör tvisterna på arbetsmarknaden' }).click();
    await page.waitForURL(url(LABOUR_COURT));
    await expect.poll(() => softHyphens(page, 'article header')).toBeGreaterThan(3);
    await close();
  });

  it('copies text without its soft hyphens', async () => {
    const { page, url, close } = await openPage(chromium(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url(POLICE));
    const lead = page.locator('article header p').last();
    expect(await lead.evaluate((el, shy) => el.textContent?.includes(shy), SHY)).toBe(true);
    await lead.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain('ett jämställdhetsperspektiv i hela myndigheten');
    expect(copied).not.toContain(SHY);
    await close();
  });
});

describe('text size', () => {
  const bodyFontSize = (page: Page) => page.locator('article [class*="_body_"] > p').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  /** "Textstorlek" in the tools row, opened: the sizes as a group of buttons. */
  const openTextSize = async (page: Page) => {
    await page.locator('summary', { hasText: 'Textstorlek' }).click();
    return page.getByRole('group', { name: 'Textstorlek' });
  };
  const pressed = (control: ReturnType<Page['getByRole']>, name: string) => control.getByRole('button', { name }).getAttribute('aria-pressed');

  it('is chosen on the article, kept in a cookie, and rendered by the server after a reload without a shift', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 800 } });
    await page.goto(url(POLICE));
    const control = await openTextSize(page);
    expect(await pressed(control, 'Normal')).toBe('true');
    const normal = await bodyFontSize(page);
    const masthead = await page.getByRole('link', { name: 'Rättsläget' }).first().evaluate((el) => getComputedStyle(el).fontSize);
    await control.getByRole('button', { name: 'Störst' }).click();
    expect(await pressed(control, 'Störst')).toBe('true');
    expect(await pressed(control, 'Normal')).toBe('false');
    // Applied in place: the app is running, so the page was not left.
    expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.3, 0);
    expect(await page.getByRole('link', { name: 'Rättsläget' }).first().evaluate((el) => getComputedStyle(el).fontSize)).toBe(masthead);
    expect((await page.context().cookies()).find((c) => c.name === 'textsize')?.value).toBe('larger');

    // The page as the server sends it is already at that size, and nothing moves once the app starts.
    const served = await page.request.get(url(POLICE));
    expect(await served.text()).toContain('data-text-size="larger"');
    expect(served.headers()['cache-control']).toBe('private, no-cache');
    await page.addInitScript(() => {
      const shifts: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => shifts.push((entry as PerformanceEntry & { value: number }).value))).observe({ type: 'layout-shift', buffered: true });
      Object.assign(window, { shifts });
    });
    await page.reload();
    await page.waitForLoadState('networkidle');
    expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.3, 0);
    expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0))).toBe(0);
    const again = await openTextSize(page);
    expect(await pressed(again, 'Störst')).toBe('true');

    await again.getByRole('button', { name: 'Normal' }).click();
    expect((await page.context().cookies()).find((c) => c.name === 'textsize')).toBeUndefined();
    await close();
  });

  it('keeps the layout intact at the largest size at 320 px', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 320, height: 700 } });
    await page.context().addCookies([{ name: 'textsize', value: 'larger', url: url('/') }]);
    for (const path of [POLICE, DATA_PROTECTION]) {
      await page.goto(url(path));
      await page.waitForLoadState('networkidle');
      expect(await overflowingText(page), `overflow on ${path}`).toEqual([]);
      expect(await brokenWords(page), `words broken without a hyphen on ${path}`).toEqual([]);
      // Opened, the sizes lie over the text and still fit the screen.
      await openTextSize(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `sideways scroll with the sizes open on ${path}`).toBe(320);
    }
    await close();
  });

  it('is a labelled group of buttons, reached by keyboard, that passes axe in light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, url, close } = await openPage(chromium(), { colorScheme });
      await page.goto(url(POLICE));
      await page.locator('summary', { hasText: 'Textstorlek' }).focus();
      await page.keyboard.press('Enter');
      const control = page.getByRole('group', { name: 'Textstorlek' });
      expect(await control.getByRole('button').count()).toBe(3);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await pressed(control, 'Större')).toBe('true');
      const results = await new AxeBuilder({ page }).include('article fieldset').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`), `axe, ${colorScheme}`).toEqual([]);
      await close();
    }
  });

  it('works without JavaScript: the server stores the choice and sends the reader back to the article at that size', async () => {
    const { page, url, close } = await openPage(chromium(), { javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    await page.goto(url(`${POLICE}?fran=delning`));
    const normal = await bodyFontSize(page);
    const control = await openTextSize(page);
    await control.getByRole('button', { name: 'Större' }).click();
    await page.waitForURL(url(`${POLICE}?fran=delning`));
    expect((await page.context().cookies()).find((c) => c.name === 'textsize')?.value).toBe('large');
    expect(await bodyFontSize(page)).toBeCloseTo(normal * 1.15, 0);
    expect(await pressed(await openTextSize(page), 'Större')).toBe('true');
    expect(await softHyphens(page, 'article [class*="_body_"]')).toBeGreaterThan(10);
    await close();
  });
});

describe('printing an article', () => {
  it('prints the article and its table, and leaves out the site around it and every button', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    // Sharing, tips and comments come after the article is painted.
    await page.getByRole('button', { name: 'Tipsa via e-post' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const shown = async (locator: ReturnType<Page['locator']>) => locator.first().isVisible();
    const article = page.locator('article').first();
    for (const [what, locator] of [
      ['headline', page.getByRole('heading', { level: 1 })],
      ['lead', article.locator('header p').last()],
      ['byline', page.getByRole('link', { name: 'William Eriksson' })],
      ['dates', page.getByText('Uppdaterad 27 november 2026 kl. 11:05')],
      ['hero', page.getByRole('img', { name: /polisbil/ })],
      ['credit', page.getByText('Foto: Tomas Oneborg/TT')],
      ['body', article.locator('[class*="_body_"] > p')],
      ['fact box', page.getByRole('complementary', { name: /Så fungerade uppdraget/ })],
      ['chart as a table', page.getByRole('table', { name: /Anmälda brott om köp av sexuell tjänst/ })],
      ['a number in the text', page.locator('button[data-stats]')],
      ['address', page.getByText(`Artikelns adress: ${url(POLICE)}`)],
    ] as const) {
      expect(await shown(locator), `${what} printed`).toBe(true);
    }
    for (const [what, locator] of [
      ['masthead', page.locator('header').filter({ has: page.getByRole('link', { name: 'Rättsläget' }) })],
      ['navigation', page.getByRole('navigation', { name: 'Sektioner' })],
      ['footer', page.getByRole('contentinfo')],
      ['share', page.getByRole('button', { name: 'Dela' })],
      ['tip', page.getByRole('button', { name: 'Tipsa via e-post' })],
      ['text size', page.getByRole('group', { name: 'Textstorlek' })],
      ['chart controls', page.getByRole('button', { name: 'Tabell' })],
      ['comment form', page.getByRole('button', { name: 'Publicera kommentar' })],
      ['comments', page.getByRole('region', { name: /^Kommentarer/ })],
      ['newsletter', page.getByRole('complementary', { name: 'Rättsläget i din inkorg' })],
      ['related', page.getByRole('region', { name: 'Läs också' })],
      ['link beside a subheading', page.getByRole('link', { name: /^Länk till avsnittet/ })],
    ] as const) {
      expect(await shown(locator), `${what} left out`).toBe(false);
    }
    await page.emulateMedia({ media: 'screen' });
    expect(await shown(page.getByText(`Artikelns adress: ${url(POLICE)}`)), 'address on screen').toBe(false);
    await close();
  });

  it('prints where the body’s links go, after their text', async () => {
    const { page, url, close } = await openPage(chromium());
    const after = (name: string) => page.getByRole('link', { name }).evaluate((a) => getComputedStyle(a, '::after').content);
    await page.goto(url(COURTS));
    await page.emulateMedia({ media: 'print' });
    expect(await after('Sveriges Domstolar')).toBe('" (https://www.domstol.se/)"');
    await page.goto(url(LAS));
    await page.emulateMedia({ media: 'print' });
    expect(await after('Arbetsdomstolens praxis')).toBe(`" (${url('/amne/arbetsdomstolen')})"`);
    await page.emulateMedia({ media: 'screen' });
    expect(await after('Arbetsdomstolens praxis')).toBe('none');
    await close();
  });
});

describe('chart axis labels', () => {
  for (const width of [320, 375, 1280]) {
    it(`stay inside the chart at ${width} px`, async () => {
      const { page, url, close } = await openPage(chromium(), { viewport: { width, height: 900 } });
      for (const path of ['/statistik/sexkop-anmalda', '/statistik/anmalda-brott-kvartal', '/statistik/inkomna-mal-tingsratt']) {
        await page.goto(url(path));
        await page.locator('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value').first().waitFor();
        const outside = await page.evaluate(() => {
          const svg = document.querySelector('svg.recharts-surface')!.getBoundingClientRect();
          return [...document.querySelectorAll('.recharts-cartesian-axis-tick-value')]
            .map((label) => ({ text: label.textContent, box: label.getBoundingClientRect() }))
            // Half a pixel either way is rounding, not a cut-off label.
            .filter(({ box }) => box.left < svg.left - 0.5 || box.right > svg.right + 0.5 || box.top < svg.top - 0.5 || box.bottom > svg.bottom + 0.5)
            .map(({ text, box }) => `${text} at ${Math.round(box.left)}–${Math.round(box.right)} (chart ${Math.round(svg.left)}–${Math.round(svg.right)})`);
        });
        expect(outside, `labels outside the chart on ${path}`).toEqual([]);
      }
      await close();
    });
  }
});
