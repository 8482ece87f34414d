import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, POLICE, useBrowser } from './browser';
import { chartOnlyFiles } from './chartChunks';

const chromium = useBrowser();

const chartFiles = chartOnlyFiles();
const loadedChartFiles = (page: Page) =>
  page.evaluate(
    (files) => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => files.some((f) => url.endsWith(f))),
    chartFiles,
  );

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** Where the article's chart stands: its placeholder until it is near, then the figure (the same id). */
const CHART_SPOT = '#diagram-sexkop-anmalda';

describe('Recharts loads only where a chart is about to be seen', () => {
  it('is built as its own chunk', () => {
    expect(chartFiles.length).toBeGreaterThan(0);
  });

  for (const path of ['/', '/artikel/samtyckeslagen-sa-fungerar-den', '/skribent/sara-lindqvist']) {
    it(`is not loaded on ${path}`, async () => {
      const { page, url, close } = await openPage(chromium());
      await page.goto(url(path));
      await page.getByRole('heading', { level: 1 }).waitFor({ state: 'attached' });
      await page.waitForLoadState('networkidle');
      expect(await loadedChartFiles(page)).toEqual([]);
      await close();
    });
  }

  it('is loaded in an article once the chart nears the viewport, into reserved space', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 700 } });
    await page.goto(url(POLICE));
    await page.waitForLoadState('networkidle');
    expect(await loadedChartFiles(page)).toEqual([]);
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    // The chart's block: its placeholder (the server's), then the chart, in the same space.
    const block = page.locator('[data-island="chart"]').locator('..');
    const before = await block.boundingBox();
    await page.locator(CHART_SPOT).scrollIntoViewIfNeeded();
    await figure.getByRole('application').waitFor();
    expect((await loadedChartFiles(page)).length).toBeGreaterThan(0);
    // Nothing below it moves by more than a few pixels (the figure's text wraps as the screen's width allows).
    expect(Math.abs((await block.boundingBox())!.height - before!.height)).toBeLessThanOrEqual(8);
    await close();
  });
});

describe('the chart in an article', () => {
  it('shows values on hover and by keyboard, announcing each point', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    // The chart comes when it is near: its place (the placeholder, then the figure) is scrolled to.
    await page.locator(CHART_SPOT).scrollIntoViewIfNeeded();
    const chart = figure.getByRole('application');
    await chart.waitFor();
    const tooltip = figure.locator('.recharts-tooltip-wrapper');
    const live = figure.locator('[aria-live]');

    const box = (await chart.boundingBox())!;
    await page.mouse.move(box.x + box.width - 30, box.y + box.height / 2);
    await expect.poll(() => tooltip.textContent()).toContain('840');
    await page.mouse.move(box.x + 75, box.y + box.height / 2);
    await expect.poll(() => tooltip.textContent()).toContain('563');
    await page.mouse.move(0, 0);

    await chart.focus();
    await expect.poll(() => live.textContent()).toBe('2017: 563 anmälda brott');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => live.textContent()).toBe('2018: 840 anmälda brott');
    expect(await tooltip.textContent()).toContain('840');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => live.textContent()).toBe('2017: 563 anmälda brott');
    await close();
  });

  it('highlights the point a number in the text names, with the sentence', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    // The chart comes when it is near: its place (the placeholder, then the figure) is scrolled to.
    await page.locator(CHART_SPOT).scrollIntoViewIfNeeded();
    await figure.getByRole('application').waitFor();
    const ref = page.getByRole('button', { name: /^840\b/ });
    await ref.focus();
    await expect.poll(() => figure.locator('.recharts-reference-dot').count()).toBe(1);
    const tooltip = plain(await figure.locator('.recharts-tooltip-wrapper').textContent());
    expect(tooltip).toContain('840 anmälda brott');
    expect(tooltip).toContain('I texten: ”Året därpå var antalet 840, en ökning med ungefär 49 procent.”');
    await ref.blur();
    await expect.poll(() => figure.locator('.recharts-reference-dot').count()).toBe(0);
    await close();
  });

  it('offers the same numbers as a table and as CSV, and passes axe both ways', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(POLICE));
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    // The chart comes when it is near: its place (the placeholder, then the figure) is scrolled to.
    await page.locator(CHART_SPOT).scrollIntoViewIfNeeded();
    await figure.getByRole('application').waitFor();
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page), 'axe, chart shown').toEqual([]);

    await figure.getByRole('button', { name: 'Tabell' }).click();
    const table = figure.getByRole('table');
    expect(await table.isVisible()).toBe(true);
    const cells = await table.locator('td').allTextContents();
    expect(cells).toEqual(['563', '840']);
    expect(await axeViolations(page), 'axe, table shown').toEqual([]);

    const download = page.waitForEvent('download');
    await figure.getByRole('link', { name: 'Ladda ner CSV' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile(file, 'utf8');
    expect(csv).toContain('2017;563');
    expect(csv).toContain('2018;840');
    await close();
  });
});

describe('the chart in an article as an island', () => {
  it('hydrates by itself when it comes near, before the app has started, and the app keeps it once it starts', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 375, height: 700 } });
    // Not page.goto, which signals the first intent and waits for the app to start.
    await page.evaluate((address) => void setTimeout(() => location.assign(address)), url(POLICE));
    await page.waitForURL(url(POLICE), { waitUntil: 'load' });
    const figure = page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' });
    // Scrolled there by script: no pointer, touch, focus or key, so no intent that would start the app.
    await page.locator('[data-island="chart"]').evaluate((island) => island.firstElementChild?.scrollIntoView({ block: 'center' }));
    const chart = figure.getByRole('application');
    await chart.waitFor();
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    // The island is live: the keyboard walks its points.
    await chart.focus();
    await expect.poll(() => figure.locator('[aria-live]').textContent()).toBe('2017: 563 anmälda brott');
    // Using an island is no intent to move: the app has not started for it.
    expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
    // A pointer over an in-app link is: the app hydrates the rest of the page around the island.
    await page.getByRole('link', { name: 'Rättsläget' }).first().hover();
    await page.waitForFunction(() => document.documentElement.dataset.app === 'started');
    await chart.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => figure.locator('[aria-live]').textContent()).toBe('2018: 840 anmälda brott');
    expect(await page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' }).count()).toBe(1);
    // A number in the text (the app's root) still points at the chart (the island's).
    await page.getByRole('button', { name: /^840\b/ }).focus();
    await expect.poll(() => figure.locator('.recharts-reference-dot').count()).toBe(1);
    // Leaving the article in the app, and coming back, renders the chart as part of the app.
    await page.getByRole('link', { name: 'Rättsläget' }).first().click();
    await page.waitForURL(url('/'));
    await page.goBack();
    await figure.scrollIntoViewIfNeeded();
    await figure.getByRole('application').waitFor();
    expect(await page.getByRole('figure', { name: 'Anmälda brott om köp av sexuell tjänst' }).count()).toBe(1);
    await close();
  });
});

describe('printing', () => {
  it('prints the table instead of the interactive chart', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url('/statistik/sexkop-anmalda'));
    await page.getByRole('application').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('table').isVisible()).toBe(true);
    expect(await page.getByRole('application').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tabell' }).isVisible()).toBe(false);
    await close();
  });
});

describe('a chart page from a shared link', () => {
  const PAGE = '/statistik/inkomna-mal-tingsratt';

  it('restores the view from the URL, on reload and with back and forward', async () => {
    const { page, url, close } = await openPage(chromium());
    await page.goto(url(`${PAGE}?visa=tabell&dolj=tvistemal`));
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await page.getByRole('button', { name: 'Tvistemål' }).getAttribute('aria-pressed')).toBe('false');
    await page.reload();
    await table.waitFor();
    expect(await page.getByRole('button', { name: 'Tvistemål' }).getAttribute('aria-pressed')).toBe('false');

    await page.getByRole('button', { name: 'Diagram' }).click();
    await page.getByRole('application').waitFor();
    expect(new URL(page.url()).search).toBe('?dolj=tvistemal');
    expect(await page.getByRole('button', { name: 'Diagram' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page), 'axe, full-page chart').toEqual([]);

    await page.goBack();
    await table.waitFor();
    expect(new URL(page.url()).search).toBe('?visa=tabell&dolj=tvistemal');
    await page.goForward();
    await page.getByRole('application').waitFor();
    await close();
  });

  it('stays readable at 320 px: no sideways scroll, tooltips inside the screen', async () => {
    const { page, url, close } = await openPage(chromium(), { viewport: { width: 320, height: 640 }, hasTouch: true });
    await page.goto(url('/statistik/anmalda-brott-kvartal'));
    const chart = page.getByRole('application');
    await chart.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await chart.scrollIntoViewIfNeeded();
    // Near the right end of the plot (its margin keeps the last axis label whole).
    const plot = (await chart.locator('.recharts-cartesian-grid').boundingBox())!;
    await page.touchscreen.tap(plot.x + plot.width - 4, plot.y + plot.height / 2);
    const tooltip = page.locator('.recharts-tooltip-wrapper');
    await expect.poll(() => tooltip.textContent()).toContain('2023');
    const tip = (await tooltip.boundingBox())!;
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(320);
    await close();
  });
});
