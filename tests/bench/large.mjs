// Large inputs in Chromium against the production build with the mock API:
// a 20 000-word article, 2 000 comments (paged), a 10 000-point chart.
// Prints render times (median of 3 loads) and Lighthouse total blocking time.
// Run: npm run bench:large  (add --no-build to reuse the build, --out-dir <folder> to build elsewhere than dist/)
import { chromium } from 'playwright-core';
import { buildDist, outDir, startBuiltServer } from './builtServer.mjs';
import { median, runLighthouse } from './lighthouse.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const ARTICLE = '/artikel/belastningstest';
const CHART = '/statistik/belastningstest-serie';

async function timed(browser, url, ready) {
  const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(url);
  await ready(page);
  const ms = await page.evaluate(() => performance.now());
  return { page, ms };
}

if (!process.argv.includes('--no-build')) buildDist(outDir());
const server = await startBuiltServer(outDir());
const { origin } = server;
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', args: FLAGS });
const rows = [];
try {
  const articleMs = [];
  const chartMs = [];
  const commentsMs = [];
  for (let run = 0; run < 3; run++) {
    const article = await timed(browser, origin + ARTICLE, (page) => page.getByRole('heading', { level: 1 }).waitFor());
    articleMs.push(article.ms);
    const words = await article.page.evaluate(() => document.querySelector('main article')?.textContent?.split(/\s+/).length ?? 0);
    if (run === 0) console.log(`article words on the page: ${words}`);
    // Ten pages of comments, one "show more" at a time.
    const region = article.page.getByRole('region', { name: /^Kommentarer/ });
    await region.getByRole('article').first().waitFor();
    const start = await article.page.evaluate(() => performance.now());
    for (let i = 0; i < 10; i++) {
      const count = await region.getByRole('article').count();
      await region.getByRole('button', { name: 'Visa fler kommentarer' }).click();
      await article.page.waitForFunction((n) => document.querySelectorAll('section[aria-labelledby] ol > li').length > n, count);
    }
    commentsMs.push((await article.page.evaluate(() => performance.now())) - start);
    await article.page.close();

    const chart = await timed(browser, origin + CHART, (page) => page.locator('.recharts-line-curve').waitFor());
    chartMs.push(chart.ms);
    await chart.page.close();
  }
  rows.push(['20 000-word article: first render (ms after navigation start)', median(articleMs)]);
  rows.push(['2 000 comments: ten "show more" pages (ms)', median(commentsMs)]);
  rows.push(['10 000-point chart page: line drawn (ms after navigation start)', median(chartMs)]);

  for (const [name, path] of [['20 000-word article', ARTICLE], ['10 000-point chart', CHART]]) {
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await runLighthouse(origin + path));
    rows.push([`${name}: Lighthouse TBT (ms, median of 3)`, median(results.map((r) => r.tbtMs))]);
    rows.push([`${name}: Lighthouse performance (median of 3)`, median(results.map((r) => r.performance))]);
  }
} finally {
  await browser.close();
  await server.close();
}
for (const [name, value] of rows) console.log(`${name.padEnd(66)} ${Math.round(value)}`);
