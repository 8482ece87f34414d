// Prints the JavaScript and CSS each route needs before its content is on screen,
// in KB gzip: first from the build manifest (entry + route chunk + their static
// imports, chunk by chunk), then as measured in Chromium on real pages at phone
// size (every script the page has loaded once it is idle, before any scrolling).
// Run: npm run bench:bundle  (add --no-build to reuse dist/)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

export const ROUTES = {
  '/': 'src/app/routes/HomeRoute.tsx',
  '/artikel/:slug': 'src/app/routes/ArticleRoute.tsx',
  '/skribent/:id': 'src/app/routes/AuthorRoute.tsx',
  '/sektion/:section': 'src/app/routes/SectionRoute.tsx',
  '/amne/:tag': 'src/app/routes/TagRoute.tsx',
};

export function buildDist() {
  const env = { ...process.env, NODE_ENV: 'production' };
  delete env.VITE_API_BASE_URL;
  execFileSync(process.execPath, [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: root, env, stdio: 'inherit' });
}

const gzipKb = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length / 1024;

/** The chunks a route loads up front: entry + route chunk + their static imports. */
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
  visit('index.html');
  if (routeSource) visit(routeSource);
  return { js: [...seen], css: [...css] };
}

export function measure() {
  const manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
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

export const PAGES = [
  ['front page', '/'],
  ['article without chart', '/artikel/samtyckeslagen-sa-fungerar-den'],
  ['article with chart', '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop'],
  ['chart page', '/statistik/sexkop-anmalda'],
];

/** Scripts a page loads, in Chromium at 375×700, before and after scrolling to its end. */
export async function measureInBrowser(origin) {
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
      for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 600) {
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
  if (!process.argv.includes('--no-build')) buildDist();
  console.log('From the build manifest (entry + route chunk + static imports):');
  for (const { route, chunks, jsKb, cssKb } of measure()) {
    console.log(`\n${route}: ${jsKb.toFixed(1)} KB JS, ${cssKb.toFixed(1)} KB CSS (gzip)`);
    for (const { file, kb } of chunks.sort((a, b) => b.kb - a.kb)) console.log(`  ${kb.toFixed(1).padStart(6)} KB  ${file}`);
  }
  const { preview } = await import('vite');
  process.env.NODE_ENV = 'production';
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false } });
  try {
    const origin = `http://127.0.0.1:${server.httpServer.address().port}`;
    console.log('\nIn Chromium at 375×700 (KB gzip of every script loaded):');
    for (const r of await measureInBrowser(origin)) {
      console.log(`  ${r.name.padEnd(22)} ${r.path}`);
      console.log(`    initial ${r.initialKb.toFixed(1)} KB (${r.initial.length} files); after scrolling to the end +${r.laterKb.toFixed(1)} KB ${r.later.map((f) => path.basename(f)).join(', ')}`);
    }
  } finally {
    await server.close();
  }
}
