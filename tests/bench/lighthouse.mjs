// Lighthouse (mobile preset, simulated throttling) on an article deep link served
// as `npm start` serves it. Prints each run and the medians.
// Run: npm run bench:lighthouse [-- --runs 5] [-- --no-build]
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { buildDist } from './bundle.mjs';

const ARTICLE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: apt-get install -y chromium, or set CHROME_PATH`);
  return path;
}

/** One Lighthouse run in a fresh Chromium; returns scores (0–100) and metrics. */
export async function runLighthouse(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromePath(), chromeFlags: FLAGS });
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
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  return { server, origin: `http://127.0.0.1:${server.httpServer.address().port}` };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = argValue('--runs', 3);
  if (!process.argv.includes('--no-build')) buildDist();
  const { server, origin } = await startServer();
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const r = await runLighthouse(origin + ARTICLE);
      results.push(r);
      console.log(
        `run ${i + 1}: perf ${r.performance}, a11y ${r.accessibility}, bp ${r.bestPractices}, seo ${r.seo}, ` +
          `LCP ${Math.round(r.lcpMs)} ms, FCP ${Math.round(r.fcpMs)} ms, CLS ${r.cls.toFixed(3)}, TBT ${Math.round(r.tbtMs)} ms` +
          (r.failing.length ? `; failing: ${r.failing.join(', ')}` : ''),
      );
    }
  } finally {
    await server.close();
  }
  const m = (key) => median(results.map((r) => r[key]));
  console.log(`\nmedian of ${runs} runs, ${ARTICLE}:`);
  console.log(`  performance ${m('performance')}, accessibility ${m('accessibility')}, best practices ${m('bestPractices')}, SEO ${m('seo')}`);
  console.log(`  LCP ${Math.round(m('lcpMs'))} ms, FCP ${Math.round(m('fcpMs'))} ms, CLS ${m('cls').toFixed(3)}, TBT ${Math.round(m('tbtMs'))} ms`);
}
