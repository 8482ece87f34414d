// Lighthouse (mobile preset, simulated throttling) on an article and on the front
// page as the production server renders them, and on the same HTML without its
// scripts: the server's own answer with every script and module preload taken out,
// the stylesheets and the hero picture's preload kept, compressed as the server
// compresses pages. Each is served by a small proxy in front of the one server (the
// app's passes everything through), so both take the same hop. The script-free page
// is the limit for this content; the app's LCP and TBT are compared with it.
// Prints each run (with the machine's benchmarkIndex, Lighthouse's measure of its
// speed), the medians of both, our scripts' evaluation per file (bootup-time), the
// JavaScript fetched without any interaction (each file, KB gzip -9), and each
// target met or not; --strict exits 1 on a miss.
// Run: npm run bench:lighthouse [-- --runs 5] [-- --no-build] [-- --out-dir <folder>] [-- --strict]
import { existsSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip, gzipSync } from 'node:zlib';
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

/** Our scripts (on the page's origin) as bootup-time counts them: evaluation and parsing, per file. */
function ourBootup(url, audits) {
  const origin = new URL(url).origin;
  return (audits['bootup-time']?.details?.items ?? [])
    .filter((item) => typeof item.url === 'string' && item.url.startsWith(origin))
    .map((item) => ({ file: new URL(item.url).pathname, ms: item.scripting + item.scriptParseCompile }));
}

/** The scripts the page fetched while Lighthouse loaded it, with no interaction: their paths. */
function fetchedScripts(url, audits) {
  const origin = new URL(url).origin;
  const items = audits['network-requests']?.details?.items ?? [];
  return [...new Set(items.filter((item) => item.resourceType === 'Script' && item.url.startsWith(origin)).map((item) => new URL(item.url).pathname))];
}

function summarize(url, { categories: scored, audits, environment }) {
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
    benchmarkIndex: environment?.benchmarkIndex ?? null,
    bootup: ourBootup(url, audits),
    scripts: fetchedScripts(url, audits),
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

/** A file's size as gzip -9 would send it (the budgets' measure), fetched once from the server. */
const gzipKbCache = new Map();
function gzipKb(origin, file) {
  if (!gzipKbCache.has(file)) {
    gzipKbCache.set(
      file,
      new Promise((resolve, reject) => {
        http
          .get(origin + file, { headers: { 'accept-encoding': 'identity' } }, (res) => {
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('end', () => (res.statusCode === 200 ? resolve(gzipSync(Buffer.concat(chunks), { level: 9 }).length / 1024) : reject(new Error(`${file}: HTTP ${res.statusCode}`))));
          })
          .on('error', reject);
      }),
    );
  }
  return gzipKbCache.get(file);
}

const ourBootupMs = (r) => r.bootup.reduce((sum, item) => sum + item.ms, 0);

const fmt = (r) =>
  `perf ${r.performance}, a11y ${r.accessibility}, bp ${r.bestPractices}, seo ${r.seo}, ` +
  `LCP ${Math.round(r.lcpMs)} ms, FCP ${Math.round(r.fcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms, CLS ${r.cls.toFixed(3)}, ` +
  `benchmarkIndex ${r.benchmarkIndex === null ? '?' : Math.round(r.benchmarkIndex)}`;

function medians(results) {
  const m = (key) => median(results.map((r) => r[key]));
  return {
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcpMs: m('lcpMs'),
    fcpMs: m('fcpMs'),
    tbtMs: m('tbtMs'),
    cls: m('cls'),
    bootupMs: median(results.map(ourBootupMs)),
  };
}

/** Issue 22's targets, judged on the medians; the script-free page is the limit. */
const TARGETS = { performance: 97, tbtOverPlainMs: 100, lcpRatio: 1.1, cls: 0.01, bootupMs: 400, jsKb: 100 };

/** The medians side by side: name, value shown, and for the app the target and whether it is met. */
const ROWS = [
  ['performance', (m) => m.performance, `≥ ${TARGETS.performance}`, (m) => m.performance >= TARGETS.performance],
  ['accessibility', (m) => m.accessibility],
  ['best practices', (m) => m.bestPractices],
  ['SEO', (m) => m.seo],
  ['LCP', (m) => `${Math.round(m.lcpMs)} ms`],
  ['FCP', (m) => `${Math.round(m.fcpMs)} ms`],
  ['TBT', (m) => `${Math.round(m.tbtMs)} ms`, `≤ +${TARGETS.tbtOverPlainMs} ms`, (m, plain) => m.tbtMs <= plain.tbtMs + TARGETS.tbtOverPlainMs],
  ['CLS', (m) => m.cls.toFixed(3), `≤ ${TARGETS.cls}`, (m) => m.cls <= TARGETS.cls],
  ['our scripts', (m) => `${Math.round(m.bootupMs)} ms`, `≤ ${TARGETS.bootupMs} ms`, (m) => m.bootupMs <= TARGETS.bootupMs],
];

function printTable(path, app, plain, runs, jsKb) {
  const ratio = app.lcpMs / plain.lcpMs;
  const verdict = (met) => (met ? 'met' : 'NOT MET');
  console.log(`\nmedians of ${runs} runs, ${path}`);
  console.log(`  ${''.padEnd(16)} ${'app'.padStart(9)} ${'script-free'.padStart(12)}   target`);
  const missed = [];
  for (const [name, value, target, met] of ROWS) {
    const line = `  ${name.padEnd(16)} ${String(value(app)).padStart(9)} ${String(value(plain)).padStart(12)}`;
    if (met && !met(app, plain)) missed.push(`${path} ${name}`);
    console.log(target ? `${line}   ${target.padEnd(11)} ${verdict(met(app, plain))}` : line);
  }
  console.log(`  ${'LCP ratio'.padEnd(16)} ${ratio.toFixed(2).padStart(9)} ${''.padStart(12)}   ${`≤ ${TARGETS.lcpRatio}`.padEnd(11)} ${verdict(ratio <= TARGETS.lcpRatio)}`);
  if (ratio > TARGETS.lcpRatio) missed.push(`${path} LCP ratio`);
  console.log(`  ${'JS fetched'.padEnd(16)} ${`${jsKb.toFixed(1)} KB`.padStart(9)} ${''.padStart(12)}   ${`≤ ${TARGETS.jsKb} KB`.padEnd(11)} ${verdict(jsKb <= TARGETS.jsKb)}`);
  if (jsKb > TARGETS.jsKb) missed.push(`${path} JS fetched`);
  return missed;
}

/** Every file in any run, with its median evaluation time (0 in a run that did not evaluate it). */
function printBootup(results) {
  const files = [...new Set(results.flatMap((r) => r.bootup.map((item) => item.file)))];
  const rows = files.map((file) => [file, median(results.map((r) => r.bootup.find((item) => item.file === file)?.ms ?? 0))]).sort((a, b) => b[1] - a[1]);
  console.log('  our scripts\' evaluation (bootup-time: scripting + parse and compile; median per file)');
  for (const [file, ms] of rows) console.log(`    ${`${Math.round(ms)} ms`.padStart(8)}  ${file}`);
}

/** The scripts fetched in any run without interaction, each once, with their gzip -9 sizes, largest first. */
async function scriptSizes(origin, results) {
  const files = [...new Set(results.flatMap((r) => r.scripts))];
  const sizes = await Promise.all(files.map((file) => gzipKb(origin, file)));
  const rows = files.map((file, i) => [file, sizes[i]]).sort((a, b) => b[1] - a[1]);
  return { rows, total: sizes.reduce((sum, kb) => sum + kb, 0) };
}

function printScripts({ rows, total }) {
  console.log(`  JavaScript fetched without any interaction: ${rows.length} files, ${total.toFixed(1)} KB gzip -9`);
  for (const [file, kb] of rows) console.log(`    ${`${kb.toFixed(1)} KB`.padStart(9)}  ${file}`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(argValue('--runs') ?? 5);
  const pages = [ARTICLE, '/'];
  const dist = outDir();
  if (!process.argv.includes('--no-build')) buildDist(dist);
  const server = await startBuiltServer(dist);
  const app = await startProxy(server.origin);
  const plain = await startProxy(server.origin, { strip: pages });
  const results = Object.fromEntries(pages.map((path) => [path, { app: [], plain: [] }]));
  const missed = [];
  try {
    for (const path of pages) {
      const sizes = await Promise.all([app, plain].map(({ origin }) => htmlKb(origin + path)));
      console.log(`${path}: ${sizes[0].toFixed(1)} KB of HTML as served, ${sizes[1].toFixed(1)} KB without scripts`);
    }
    console.log(`machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(2)} before the runs`);
    for (const path of pages) {
      console.log(`\n${path}`);
      // Alternated, so that a noisy moment on the machine hits both alike.
      for (let i = 0; i < runs; i++) {
        const a = await runLighthouse(app.origin + path);
        results[path].app.push(a);
        console.log(`run ${i + 1} app:         ${fmt(a)}, our scripts ${Math.round(ourBootupMs(a))} ms${a.failing.length ? `; failing: ${a.failing.join(', ')}` : ''}`);
        const p = await runLighthouse(plain.origin + path);
        results[path].plain.push(p);
        console.log(`run ${i + 1} script-free: ${fmt(p)}`);
      }
    }
    for (const path of pages) {
      const { app: ours, plain: limit } = results[path];
      const scripts = await scriptSizes(server.origin, ours);
      missed.push(...printTable(path, medians(ours), medians(limit), runs, scripts.total));
      printBootup(ours);
      printScripts(scripts);
    }
  } finally {
    await Promise.all([app.close(), plain.close()]);
    await server.close();
  }
  console.log(missed.length ? `\nmissed: ${missed.join('; ')}` : '\nevery target met');
  if (missed.length && process.argv.includes('--strict')) process.exitCode = 1;
}
