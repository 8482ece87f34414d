// Prints the JavaScript and CSS each route needs before its content is on screen,
// in KB gzip: first from the build manifest (entry + route chunk + their static
// imports, chunk by chunk), then as measured in Chromium on real pages at phone
// size (every script the page has loaded once it is idle, before any scrolling).
// Run: npm run bench:bundle  (add --no-build to reuse the build, --out-dir <folder> to build elsewhere than dist/)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDist, outDir, startBuiltServer } from './builtServer.mjs';

// The browser tests may build elsewhere (E2E_OUT_DIR) to run two suites at once.
const dist = path.join(outDir(), 'client');

export const ARTICLE_ROUTE = '/artikel/:slug';

export const ROUTES = {
  '/': 'src/app/routes/HomeRoute.tsx',
  [ARTICLE_ROUTE]: 'src/app/routes/article/ArticleRoute.tsx',
  '/skribent/:id': 'src/app/routes/AuthorRoute.tsx',
  '/sektion/:section': 'src/app/routes/SectionRoute.tsx',
  '/amne/:tag': 'src/app/routes/TagRoute.tsx',
  '/statistik': 'src/app/routes/StatsListRoute.tsx',
  '/statistik/:id': 'src/app/routes/StatsRoute.tsx',
  '/nyhetsbrev': 'src/app/routes/NewsletterRoute.tsx',
  '/nyhetsbrev/bekrafta': 'src/app/routes/NewsletterLinkRoute.tsx',
};

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/**
 * Budgets, in KB gzip (KiB, level 9), checked by tests/e2e/budget.test.ts. An article, the
 * page most readers arrive on, may load 125 KB of JavaScript before it is on screen (issue 11):
 * React, React Router and TanStack Query are 106 KB of it, and zod with the schemas loads with
 * the first request the browser makes itself. Other routes may load 136 KB (a form brings zod).
 * CSS is about 5.5 KB at most per route; the ceiling leaves room for a little more, not for a framework.
 */
/** KB gzip: once the app runs (any route), before the reader does anything (issue 22), and CSS. */
export const BUDGET = { routeJsKb: 136, untouchedJsKb: 100, cssKb: 8 };

/** The chunks a route loads up front: the entries (app and early script) + route chunk + their static imports. */
export function routeChunks(manifest, routeSource) {
  const seen = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(chunk.file)) return;
    seen.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const dep of chunk.imports ?? []) visit(dep);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  if (routeSource) visit(routeSource);
  return { js: [...seen], css: [...css] };
}

export function readManifest() {
  return JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
}

/**
 * The routes whose module is not in the build manifest. Measured anyway, such a route would
 * count the entries only and pass; a moved or renamed route module must be named again here.
 */
export function missingRoutes(manifest = readManifest()) {
  return Object.entries(ROUTES)
    .filter(([, source]) => !manifest[source])
    .map(([route, source]) => `${route} (${source})`);
}

export function measure(manifest = readManifest()) {
  const missing = missingRoutes(manifest);
  if (missing.length) {
    throw new Error(`Not in the build manifest, so not measured: ${missing.join(', ')}. Update ROUTES in tests/bench/bundle.mjs.`);
  }
  return Object.entries(ROUTES).map(([route, source]) => {
    const { js, css } = routeChunks(manifest, source);
    const chunks = js.map((file) => ({ file, kb: gzipKb(file) }));
    return {
      route,
      chunks,
      jsKb: chunks.reduce((sum, c) => sum + c.kb, 0),
      cssKb: css.reduce((sum, file) => sum + gzipKb(file), 0),
    };
  });
}

/** The table the budget test and `npm run bench:bundle` print: a row per route and chunk. */
export function budgetTable(routes) {
  const lines = [];
  for (const { route, chunks, jsKb, cssKb } of routes) {
    lines.push(`${route}: ${jsKb.toFixed(1)} KB JS, ${cssKb.toFixed(1)} KB CSS (gzip, before the page is on screen)`);
    for (const { file, kb } of [...chunks].sort((a, b) => b.kb - a.kb)) lines.push(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);
  }
  return lines.join('\n');
}

export const PAGES = [
  ['front page', '/'],
  ['article without chart', '/artikel/samtyckeslagen-sa-fungerar-den'],
  ['article with chart', '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop'],
  ['chart page', '/statistik/sexkop-anmalda'],
];

/** Scripts a page loads, in Chromium at 375×700, before anything is touched and (unless `scroll` is false) after scrolling to its end. */
export async function measureInBrowser(origin, { scroll = true } = {}) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const scripts = (page) =>
    page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js')));
  const results = [];
  try {
    for (const [name, path] of PAGES) {
      const page = await browser.newPage({ viewport: { width: 375, height: 700 } });
      await page.goto(origin + path, { waitUntil: 'networkidle' });
      const initial = await scripts(page);
      // Scroll like a reader, a screen at a time, so that lazy parts on the way are loaded.
      for (let y = 0; scroll && y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(80);
      }
      await page.waitForLoadState('networkidle');
      const later = (await scripts(page)).filter((p) => !initial.includes(p));
      const size = (files) => files.reduce((sum, file) => sum + gzipKb(file.slice(1)), 0);
      results.push({ name, path, initialKb: size(initial), laterKb: size(later), initial, later });
      await page.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv.includes('--no-build')) buildDist(outDir());
  console.log('From the build manifest (entries + route chunk + static imports):\n');
  console.log(budgetTable(measure()));
  const server = await startBuiltServer(outDir());
  try {
    console.log('\nIn Chromium at 375×700 (KB gzip of every script loaded):');
    for (const r of await measureInBrowser(server.origin)) {
      console.log(`  ${r.name.padEnd(22)} ${r.path}`);
      console.log(`    initial ${r.initialKb.toFixed(1)} KB (${r.initial.length} files); after scrolling to the end +${r.laterKb.toFixed(1)} KB ${r.later.map((f) => path.basename(f)).join(', ')}`);
    }
  } finally {
    await server.close();
  }
}
