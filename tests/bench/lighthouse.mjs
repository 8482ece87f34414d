// Lighthouse (mobile preset, simulated throttling) on an article deep link served
// as `npm start` serves it, and on the same article as a static HTML page (the
// app's components rendered with react-dom/server, CSS inlined, no JavaScript):
// the limit for this page and content. Prints each run, the medians, the targets,
// and our LCP divided by the static page's.
// Run: npm run bench:lighthouse [-- --runs 5] [-- --no-build]
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { createServer, preview } from 'vite';
import { buildDist } from './bundle.mjs';

const root = path.resolve(import.meta.dirname, '../..');
export const ARTICLE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The issue's targets for the medians: name, value shown, met, target (ratio: our LCP over the static page's). */
const TARGETS = [
  ['performance', (m) => m.performance, (m) => m.performance >= 95, '≥ 95'],
  ['accessibility', (m) => m.accessibility, (m) => m.accessibility === 100, '100'],
  ['best practices', (m) => m.bestPractices, (m) => m.bestPractices === 100, '100'],
  ['SEO', (m) => m.seo, (m) => m.seo === 100, '100'],
  ['LCP', (m) => `${Math.round(m.lcpMs)} ms`, (m) => m.lcpMs <= 2000, '≤ 2 000 ms'],
  ['CLS', (m) => m.cls.toFixed(3), (m) => m.cls <= 0.01, '≤ 0.01'],
  ['TBT', (m) => `${Math.round(m.tbtMs)} ms`, (m) => m.tbtMs <= 150, '≤ 150 ms'],
  ['LCP ratio to static page', (m) => m.ratio.toFixed(2), (m) => m.ratio <= 1.5, '≤ 1.5'],
];

const argValue = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function chromePath() {
  const found = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(found)) throw new Error(`Chromium not found at ${found}: apt-get install -y chromium, or set CHROME_PATH`);
  return found;
}

/** One Lighthouse run in a fresh Chromium; returns scores (0–100) and metrics. */
export async function runLighthouse(url, executable = chromePath()) {
  const chrome = await chromeLauncher.launch({ chromePath: executable, chromeFlags: FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const { categories, audits } = result.lhr;
    return {
      performance: Math.round(categories.performance.score * 100),
      accessibility: Math.round(categories.accessibility.score * 100),
      bestPractices: Math.round(categories['best-practices'].score * 100),
      seo: Math.round(categories.seo.score * 100),
      lcpMs: audits['largest-contentful-paint'].numericValue,
      cls: audits['cumulative-layout-shift'].numericValue,
      tbtMs: audits['total-blocking-time'].numericValue,
      fcpMs: audits['first-contentful-paint'].numericValue,
      consoleErrors: (audits['errors-in-console'].details?.items ?? []).map((item) => `${item.source}: ${item.description}`),
      failing: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
        .map((a) => a.id),
    };
  } finally {
    await chrome.kill();
  }
}

export async function startServer() {
  process.env.NODE_ENV = 'production';
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  return { server, origin: `http://127.0.0.1:${server.httpServer.address().port}` };
}

/** The article rendered once by the app's own route tree on the server (tests/bench/staticArticle.tsx). */
export async function renderStaticArticle() {
  const vite = await createServer({
    root,
    configFile: false,
    mode: 'production',
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
  });
  try {
    const { renderStaticPage } = await vite.ssrLoadModule('/tests/bench/staticArticle.tsx');
    return await renderStaticPage(`http://127.0.0.1${ARTICLE}`);
  } finally {
    await vite.close();
  }
}

/** Serves that HTML at the article's address, and the photos it shows, as the preview server does. */
export async function startStaticServer(html) {
  const media = path.join(root, 'mocks/public');
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === ARTICLE) {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      return res.end(html);
    }
    const file = path.join(media, path.normalize(url.pathname));
    if (url.pathname.startsWith('/media/') && file.startsWith(media + path.sep) && file.endsWith('.webp')) {
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'Content-Type': 'image/webp', 'Cache-Control': 'public, max-age=86400' });
        return res.end(body);
      } catch {
        // falls through to 404
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('Not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

const fmt = (r) =>
  `perf ${r.performance}, a11y ${r.accessibility}, bp ${r.bestPractices}, seo ${r.seo}, ` +
  `LCP ${Math.round(r.lcpMs)} ms, FCP ${Math.round(r.fcpMs)} ms, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbtMs)} ms`;

function medians(results) {
  const m = (key) => median(results.map((r) => r[key]));
  return { performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcpMs: m('lcpMs'), fcpMs: m('fcpMs'), cls: m('cls'), tbtMs: m('tbtMs') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = argValue('--runs', 5);
  if (!process.argv.includes('--no-build')) buildDist();
  const staticHtml = await renderStaticArticle();
  const app = await startServer();
  const plain = await startStaticServer(staticHtml);
  const results = { app: [], static: [] };
  try {
    // Alternated, so that a noisy moment on the machine hits both alike.
    for (let i = 0; i < runs; i++) {
      const a = await runLighthouse(app.origin + ARTICLE);
      results.app.push(a);
      console.log(`run ${i + 1} app:    ${fmt(a)}${a.failing.length ? `; failing: ${a.failing.join(', ')}` : ''}`);
      const s = await runLighthouse(plain.origin + ARTICLE);
      results.static.push(s);
      console.log(`run ${i + 1} static: ${fmt(s)}`);
    }
  } finally {
    await app.server.close();
    await plain.close();
  }
  const ours = medians(results.app);
  const limit = medians(results.static);
  ours.ratio = ours.lcpMs / limit.lcpMs;
  console.log(`\nmedians of ${runs} runs, ${ARTICLE}`);
  console.log(`  app:         ${fmt(ours)}`);
  console.log(`  static page: LCP ${Math.round(limit.lcpMs)} ms, FCP ${Math.round(limit.fcpMs)} ms, CLS ${limit.cls.toFixed(3)}, TBT ${Math.round(limit.tbtMs)} ms`);
  console.log(`  LCP ratio app / static page: ${ours.ratio.toFixed(2)}`);
  console.log('\ntargets (medians):');
  for (const [name, value, met, target] of TARGETS) {
    console.log(`  ${met(ours) ? 'met    ' : 'NOT MET'}  ${name.padEnd(26)} ${String(value(ours)).padStart(8)}   target ${target}`);
  }
}
