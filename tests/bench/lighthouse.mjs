// Lighthouse (mobile preset, simulated throttling) on an article as the production
// server renders it, and on the same HTML without its scripts: the server's own
// answer with every script and module preload taken out, the stylesheets and the
// hero picture's preload kept, compressed as the server compresses pages. Each is
// served by a small proxy in front of the one server (the app's passes everything
// through), so both take the same hop. The script-free page is the limit for this
// content; the app's LCP is compared with it. Prints each run, the medians of
// both, and the targets met or not; --strict exits 1 on a miss.
// Run: npm run bench:lighthouse [-- --runs 5] [-- --no-build] [-- --out-dir <folder>] [-- --strict]
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { argValue, buildDist, outDir, startBuiltServer } from './builtServer.mjs';

export const ARTICLE = '/artikel/polisens-jamstalldhetsarbete-gav-fler-anmalda-sexkop';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = ['largest-contentful-paint', 'cumulative-layout-shift', 'total-blocking-time', 'first-contentful-paint'];

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

/**
 * One Lighthouse run in a fresh Chromium; returns scores (0–100, null for a category
 * not run) and metrics. The console's errors are always collected. A run Lighthouse
 * itself reports as failed (NO_NAVSTART and the like: "run Lighthouse again") is run again.
 */
export async function runLighthouse(url, { chromePath: executable = chromePath(), categories = CATEGORIES } = {}) {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: executable, chromeFlags: FLAGS });
    let lhr;
    try {
      ({ lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories, onlyAudits: ['errors-in-console'] }));
    } finally {
      await chrome.kill();
    }
    if (lhr.runtimeError) {
      const failure = `Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`;
      if (attempt === 3 || !/run Lighthouse again/i.test(lhr.runtimeError.message)) throw new Error(failure);
      console.warn(`${failure}; running it again`);
      continue;
    }
    return summarize(url, lhr);
  }
}

function summarize(url, { categories: scored, audits }) {
  for (const id of METRICS) {
    const audit = audits[id];
    if (typeof audit?.numericValue !== 'number') throw new Error(`Lighthouse on ${url}: no ${id} (${audit?.errorMessage ?? 'not run'})`);
  }
  const score = (id) => (scored[id] ? Math.round(scored[id].score * 100) : null);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: audits['largest-contentful-paint'].numericValue,
    cls: audits['cumulative-layout-shift'].numericValue,
    tbtMs: audits['total-blocking-time'].numericValue,
    fcpMs: audits['first-contentful-paint'].numericValue,
    consoleErrors: (audits['errors-in-console'].details?.items ?? []).map((item) => `${item.source}: ${item.description}`),
    failing: Object.values(audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

/**
 * The page without what only scripts use: every <script> that runs or feeds the app
 * (the entry module, the page state) and every module preload. The JSON-LD stays:
 * it is data for search engines, not a script, and no browser runs it.
 */
function withoutScripts(html) {
  const stripped = html
    .replace(/<script\b(?![^>]*\btype="application\/ld\+json")[^>]*>[\s\S]*?<\/script>\s*/gi, '')
    .replace(/<link\b[^>]*\brel="?modulepreload"?[^>]*>\s*/gi, '');
  const left = [...stripped.matchAll(/<script\b[^>]*>/gi)].map(([tag]) => tag).filter((tag) => !tag.includes('application/ld+json'));
  if (left.length || /<link\b[^>]*\brel="?modulepreload/i.test(stripped)) throw new Error(`Scripts left in the script-free page: ${left.join(' ')}`);
  if (stripped.length === html.length) throw new Error('The page had no scripts to take out: is it the server-rendered page?');
  return stripped;
}

/** Headers of the upstream answer that describe its body or its connection, not the page sent on. */
const NOT_PASSED_ON = ['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding'];
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The client's preferred encoding among brotli and gzip, as src/server/compression.ts negotiates it. */
function negotiate(acceptEncoding = '') {
  const quality = new Map();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name = '', ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    quality.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const wants = (name) => (quality.get(name) ?? quality.get('*') ?? 0) > 0;
  return wants('br') ? 'br' : wants('gzip') ? 'gzip' : undefined;
}

/** Compressed as the server compresses pages per request: brotli 5, else gzip 6. */
async function encodePage(body, acceptEncoding) {
  const encoding = negotiate(acceptEncoding);
  if (encoding === 'br') return { encoding, body: await brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) };
  if (encoding === 'gzip') return { encoding, body: await gzipAsync(body, { level: 6 }) };
  return { encoding, body };
}

/**
 * A proxy in front of the server at `upstream`, answering on its own port. The pages at
 * the `strip` paths are rendered by the server per request, as always, then lose their
 * scripts (withoutScripts) and are compressed as the server compresses pages; every
 * other request, and every page when `strip` is empty, passes through unchanged. The
 * app is measured through a proxy that strips nothing, so that both pages take the same hop.
 */
export async function startProxy(upstream, { strip = [] } = {}) {
  const target = new URL(upstream);
  const agent = new http.Agent({ keepAlive: true });
  const server = http.createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://proxy').pathname;
    const stripping = req.method === 'GET' && strip.includes(pathname);
    const headers = stripping ? { ...req.headers, 'accept-encoding': 'identity' } : req.headers;
    const forward = http.request({ host: target.hostname, port: target.port, method: req.method, path: req.url, headers, agent }, (answer) => {
      if (!stripping || answer.statusCode !== 200) {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks = [];
      answer.on('data', (chunk) => chunks.push(chunk));
      answer.on('end', async () => {
        try {
          const page = await encodePage(Buffer.from(withoutScripts(Buffer.concat(chunks).toString('utf8'))), req.headers['accept-encoding']);
          const kept = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !NOT_PASSED_ON.includes(name)));
          res.writeHead(200, { ...kept, ...(page.encoding && { 'content-encoding': page.encoding }), 'content-length': page.body.length });
          res.end(page.body);
        } catch (error) {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        }
      });
    });
    forward.on('error', (error) => res.destroy(error));
    req.pipe(forward);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The size of a page's HTML, uncompressed. */
function htmlKb(url) {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let bytes = 0;
        res.on('data', (chunk) => (bytes += chunk.length));
        res.on('end', () => (res.statusCode === 200 ? resolve(bytes / 1024) : reject(new Error(`${url}: HTTP ${res.statusCode}`))));
      })
      .on('error', reject);
  });
}

const fmt = (r) =>
  `perf ${r.performance}, a11y ${r.accessibility}, bp ${r.bestPractices}, seo ${r.seo}, ` +
  `LCP ${Math.round(r.lcpMs)} ms, FCP ${Math.round(r.fcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}`;

function medians(results) {
  const m = (key) => median(results.map((r) => r[key]));
  return { performance: m('performance'), accessibility: m('accessibility'), bestPractices: m('bestPractices'), seo: m('seo'), lcpMs: m('lcpMs'), fcpMs: m('fcpMs'), tbtMs: m('tbtMs'), cls: m('cls') };
}

/** The medians side by side: name, value shown, and for the app the target and whether it is met. */
const ROWS = [
  ['performance', (m) => m.performance, '≥ 97', (m) => m.performance >= 97],
  ['accessibility', (m) => m.accessibility],
  ['best practices', (m) => m.bestPractices],
  ['SEO', (m) => m.seo],
  ['LCP', (m) => `${Math.round(m.lcpMs)} ms`],
  ['FCP', (m) => `${Math.round(m.fcpMs)} ms`],
  ['TBT', (m) => `${Math.round(m.tbtMs)} ms`, '≤ 150 ms', (m) => m.tbtMs <= 150],
  ['CLS', (m) => m.cls.toFixed(3), '≤ 0.01', (m) => m.cls <= 0.01],
];
const LCP_RATIO_TARGET = 1.3;

function printTable(app, plain, runs) {
  const ratio = app.lcpMs / plain.lcpMs;
  const verdict = (met) => (met ? 'met' : 'NOT MET');
  console.log(`\nmedians of ${runs} runs, ${ARTICLE}`);
  console.log(`  ${''.padEnd(16)} ${'app'.padStart(9)} ${'script-free'.padStart(12)}   target`);
  const missed = [];
  for (const [name, value, target, met] of ROWS) {
    const line = `  ${name.padEnd(16)} ${String(value(app)).padStart(9)} ${String(value(plain)).padStart(12)}`;
    if (met && !met(app)) missed.push(name);
    console.log(target ? `${line}   ${target.padEnd(9)} ${verdict(met(app))}` : line);
  }
  console.log(`  ${'LCP ratio'.padEnd(16)} ${ratio.toFixed(2).padStart(9)} ${''.padStart(12)}   ${`≤ ${LCP_RATIO_TARGET}`.padEnd(9)} ${verdict(ratio <= LCP_RATIO_TARGET)}`);
  if (ratio > LCP_RATIO_TARGET) missed.push('LCP ratio');
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(argValue('--runs') ?? 5);
  const dist = outDir();
  if (!process.argv.includes('--no-build')) buildDist(dist);
  const server = await startBuiltServer(dist);
  const app = await startProxy(server.origin);
  const plain = await startProxy(server.origin, { strip: [ARTICLE] });
  const results = { app: [], plain: [] };
  try {
    const sizes = await Promise.all([app, plain].map(({ origin }) => htmlKb(origin + ARTICLE)));
    console.log(`${ARTICLE}: ${sizes[0].toFixed(1)} KB of HTML as served, ${sizes[1].toFixed(1)} KB without scripts`);
    console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(2)} before the runs\n`);
    // Alternated, so that a noisy moment on the machine hits both alike.
    for (let i = 0; i < runs; i++) {
      const a = await runLighthouse(app.origin + ARTICLE);
      results.app.push(a);
      console.log(`run ${i + 1} app:         ${fmt(a)}${a.failing.length ? `; failing: ${a.failing.join(', ')}` : ''}`);
      const p = await runLighthouse(plain.origin + ARTICLE);
      results.plain.push(p);
      console.log(`run ${i + 1} script-free: ${fmt(p)}`);
    }
  } finally {
    await Promise.all([app.close(), plain.close()]);
    await server.close();
  }
  const missed = printTable(medians(results.app), medians(results.plain), runs);
  if (missed.length && process.argv.includes('--strict')) process.exitCode = 1;
}
