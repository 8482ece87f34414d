// The production server under load (autocannon, 20 connections, as a browser asks:
// Accept-Encoding: br, gzip): requests per second and p50/p99 latency, medians of
// 3 runs of 10 s, for a server-rendered article (rendered per request, no HTML
// cache) and for a hashed asset (the vendor chunk); and the server's resident
// memory after the first 1 000 article requests and after 20 000.
// Then a mixed load on a server with the real rate limits behind a (simulated) trusted
// proxy: readers fetch the article and its comments while others post comments from
// 40 client addresses, 20 connections for 30 s; the server is restarted on the same
// data folder and every acknowledged comment must still be there.
// Prints a table with the targets met or not; exits 0 (a benchmark), or 1 on a
// miss with --strict.
// Run: npm run bench:server [-- --no-build] [-- --out-dir <folder>] [-- --runs 3] [-- --duration 10] [-- --mixed-duration 30] [-- --strict]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import autocannon from 'autocannon';
import { runnerImport } from 'vite';
import { argValue, buildDist, outDir, startBuiltServer } from './builtServer.mjs';
import { ARTICLE, median } from './lighthouse.mjs';

const CONNECTIONS = Number(argValue('--connections') ?? 20);
const DURATION_S = Number(argValue('--duration') ?? 10);
const RUNS = Number(argValue('--runs') ?? 3);
const MIXED_DURATION_S = Number(argValue('--mixed-duration') ?? 30);
const POSTERS = 4;
const POSTER_ADDRESSES = 40;
const MEMORY_AT = [1_000, 20_000];
const HEADERS = { 'accept-encoding': 'br, gzip', accept: 'text/html,*/*' };

const dist = outDir();
const ROOT = path.resolve(import.meta.dirname, '../..');

/** The vendor chunk's address, from the build manifest. */
function vendorChunk() {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'client/.vite/manifest.json'), 'utf8'));
  const vendor = Object.values(manifest).find((chunk) => chunk.name === 'vendor');
  if (!vendor) throw new Error('No chunk named "vendor" in the build manifest');
  return `/${vendor.file}`;
}

/** The server's resident memory, in MB, as the kernel counts it. */
function rssMb(server) {
  server.assertRunning();
  const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${server.pid}/status`, 'utf8'))?.[1];
  if (!kb) throw new Error(`No VmRSS in /proc/${server.pid}/status`);
  return Number(kb) / 1024;
}

async function load(server, url, options) {
  // A server that has stopped answering ends the run (and misses the target) instead of holding it forever.
  const result = await autocannon({ url, connections: CONNECTIONS, headers: HEADERS, bailout: 100, ...options });
  server.assertRunning();
  return result;
}

/** One request as the load sends it: status, encoding and the body as sent. */
function fetchRaw(url) {
  return new Promise((resolve, reject) => {
    request(url, { headers: HEADERS }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode, encoding: res.headers['content-encoding'] ?? 'identity', body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

/** What is measured, checked first: the article must be the rendered page, brotli-compressed (a 404 page would be fast and wrong). */
async function sample(url, isPage) {
  const { status, encoding, body } = await fetchRaw(url);
  if (status !== 200 || encoding !== 'br') throw new Error(`${url}: HTTP ${status}, ${encoding}; expected 200, br`);
  if (isPage && !/<h1[^>]*>[^<]*jämställdhetsarbete/i.test(brotliDecompressSync(body).toString().replaceAll("\u00AD", ""))) {
    throw new Error(`${url}: the article's heading is not in the HTML`);
  }
  return `${status}, ${encoding}, ${(body.length / 1024).toFixed(1)} KB on the wire`;
}

const summary = (r) => ({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx, total: r.requests.total });

function medianOf(runs) {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

/**
 * The server as it was at a git revision (`--baseline <rev>`: the fixture-backed server before
 * the store), built in a temporary worktree with this checkout's node_modules, so that both are
 * measured in the same run on the same machine.
 */
async function baselineServer(rev) {
  const tree = mkdtempSync(path.join(os.tmpdir(), 'rattslaget-baseline-'));
  execFileSync('git', ['worktree', 'add', '--detach', tree, rev], { cwd: ROOT, stdio: 'ignore' });
  const cleanup = () => execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(tree, 'node_modules'));
    const env = { ...process.env, NODE_ENV: 'production' };
    delete env.VITE_API_BASE_URL;
    const vite = (...args) => execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn', ...args], { cwd: tree, env, stdio: 'inherit' });
    vite('--outDir', path.join(tree, 'dist/client'), '--emptyOutDir');
    vite('--ssr', '--outDir', path.join(tree, 'dist/server'), '--emptyOutDir');
    const { startBuiltServer: startThen } = await import(pathToFileURL(path.join(tree, 'tests/bench/builtServer.mjs')).href);
    const server = await startThen(path.join(tree, 'dist'));
    return { server, close: async () => (await server.close(), cleanup()) };
  } catch (error) {
    cleanup();
    throw error;
  }
}

/** A throwaway PostgreSQL (as the tests start one) and a database on it for the server. */
async function postgresDatabase() {
  const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent' })).module;
  const { startPostgres } = await load('tests/support/postgres.ts');
  const { createTestDatabase } = await load('tests/support/testDatabase.ts');
  const postgres = await startPostgres();
  const database = await createTestDatabase(postgres.url, 'bench');
  return { url: database.url, close: async () => (await database.drop(), await postgres.stop()) };
}

if (!process.argv.includes('--no-build')) buildDist(dist);
const BASELINE = argValue('--baseline');
const pg = await postgresDatabase();
const servers = [];
try {
  if (BASELINE) servers.push({ name: `fixtures (${BASELINE})`, ...(await baselineServer(BASELINE)) });
  const sqlite = await startBuiltServer(dist);
  servers.push({ name: 'SQLite store', server: sqlite, close: () => sqlite.close() });
  const postgres = await startBuiltServer(dist, { env: { DATABASE_URL: pg.url } });
  servers.push({ name: 'PostgreSQL store', server: postgres, close: () => postgres.close() });
} catch (error) {
  for (const entry of servers) await entry.close();
  await pg.close();
  throw error;
}
const [reference] = servers;
const server = servers.find((entry) => entry.name === 'SQLite store').server;
const assetUrl = server.origin + vendorChunk();
const asset = [];
try {
  console.log(`${CONNECTIONS} connections, Accept-Encoding: ${HEADERS['accept-encoding']}`);
  for (const entry of servers) {
    entry.url = entry.server.origin + ARTICLE;
    entry.runs = [];
    entry.requests = 0;
    console.log(`  ${entry.name.padEnd(28)} ${ARTICLE}: ${await sample(entry.url, true)}, resident memory at start ${rssMb(entry.server).toFixed(1)} MB`);
  }
  console.log(`  asset   ${new URL(assetUrl).pathname}: ${await sample(assetUrl, false)}`);
  // The load runs on the same machine: other work on it shows in these figures.
  console.log(`  machine: ${os.availableParallelism()} cores, load average ${os.loadavg()[0].toFixed(2)} before the runs\n`);

  // Warm-up and the first memory reading; then the runs, each server in turn, so that drift hits all alike.
  for (const entry of servers) {
    const first = await load(entry.server, entry.url, { amount: MEMORY_AT[0] });
    entry.requests += first.requests.total;
    entry.memory = [{ after: entry.requests, mb: rssMb(entry.server), errors: first.errors + first.non2xx }];
  }
  for (let i = 0; i < RUNS; i++) {
    for (const entry of servers) {
      const run = summary(await load(entry.server, entry.url, { duration: DURATION_S }));
      entry.requests += run.total;
      entry.runs.push(run);
      console.log(`article run ${i + 1}, ${entry.name.padEnd(28)} ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.errors} errors, ${run.non2xx} non-2xx`);
    }
  }
  for (const entry of servers) {
    const rest = entry.requests < MEMORY_AT[1] ? await load(entry.server, entry.url, { amount: MEMORY_AT[1] - entry.requests }) : undefined;
    entry.requests += rest?.requests.total ?? 0;
    entry.memory.push({ after: entry.requests, mb: rssMb(entry.server), errors: rest ? rest.errors + rest.non2xx : 0 });
  }
  for (let i = 0; i < RUNS; i++) {
    const run = summary(await load(server, assetUrl, { duration: DURATION_S }));
    asset.push(run);
    console.log(`asset run ${i + 1}:   ${run.rps.toFixed(0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, ${run.errors} errors, ${run.non2xx} non-2xx`);
  }
} finally {
  for (const entry of servers) await entry.close();
  await pg.close();
}

/**
 * Readers and posters at once. Posters come from POSTER_ADDRESSES addresses (X-Forwarded-For,
 * which the server trusts here as it would behind its CDN), so the limit of 5 comments a
 * minute per address turns most posts into the intended 429s.
 */
async function mixedLoad() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rattslaget-bench-'));
  const env = { DATA_DIR: dataDir, TRUST_PROXY: '1', RATE_LIMIT_COMMENTS: '' };
  const slug = ARTICLE.split('/').pop();
  const commentsPath = `/api/articles/${slug}/comments`;
  const acknowledged = new Set();
  let sent = 0;
  let mixedServer = await startBuiltServer(dist, { env });
  try {
    const readers = autocannon({
      url: mixedServer.origin,
      connections: CONNECTIONS - POSTERS,
      duration: MIXED_DURATION_S,
      headers: HEADERS,
      requests: [{ method: 'GET', path: ARTICLE }, { method: 'GET', path: `${commentsPath}?page=1&order=newest` }],
    });
    const posters = autocannon({
      url: mixedServer.origin,
      connections: POSTERS,
      duration: MIXED_DURATION_S,
      requests: [
        {
          method: 'POST',
          path: commentsPath,
          setupRequest: (req) => {
            const n = sent++;
            return {
              ...req,
              headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${n % POSTER_ADDRESSES}`, 'idempotency-key': `bench-${n}` },
              body: JSON.stringify({ name: `Läsare ${n % POSTER_ADDRESSES}`, text: `Belastningsprovets kommentar nummer ${n}.` }),
            };
          },
          onResponse: (status, body) => {
            if (status === 201) acknowledged.add(JSON.parse(body).id);
          },
        },
      ],
    });
    const [read, posted] = await Promise.all([readers, posters]);
    mixedServer.assertRunning();
    await mixedServer.close();
    // Restarted on the same data: what was acknowledged must have been written.
    mixedServer = await startBuiltServer(dist, { env });
    const stored = new Set();
    for (let page = 1; ; page++) {
      const answer = await fetch(`${mixedServer.origin}${commentsPath}?page=${page}&pageSize=50`).then((r) => r.json());
      for (const comment of answer.items) stored.add(comment.id);
      if (page >= answer.totalPages) break;
    }
    const lost = [...acknowledged].filter((id) => !stored.has(id));
    const tooMany = posted.statusCodeStats?.['429']?.count ?? 0;
    return { read, posted, acknowledged: acknowledged.size, lost: lost.length, tooMany: Number(tooMany) };
  } finally {
    await mixedServer.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`\nmixed load: ${CONNECTIONS - POSTERS} reading connections, ${POSTERS} posting from ${POSTER_ADDRESSES} addresses, ${MIXED_DURATION_S} s`);
const mixed = await mixedLoad();
const readErrors = mixed.read.errors + mixed.read.non2xx;
const postErrors = mixed.posted.errors + mixed.posted.non2xx - mixed.tooMany;
console.log(
  `  reads ${mixed.read.requests.total} (${mixed.read.requests.average.toFixed(0)} req/s, p99 ${mixed.read.latency.p99} ms); ` +
    `posts ${mixed.posted.requests.total} (p99 ${mixed.posted.latency.p99} ms): ${mixed.acknowledged} acknowledged, ${mixed.tooMany} refused with 429`,
);

const s = medianOf(asset);
const rows = [];
for (const entry of servers) {
  const a = medianOf(entry.runs);
  entry.median = a;
  const growth = entry.memory[1].mb - entry.memory[0].mb;
  const errors = a.errors + a.non2xx + entry.memory.reduce((sum, m) => sum + m.errors, 0);
  const isReference = BASELINE && entry === reference;
  const ratio = (value, of) => (BASELINE && !isReference ? ` (${(value / of).toFixed(2)} ×)` : '');
  rows.push(
    [`${entry.name}: article requests per second`, `${a.rps.toFixed(0)}${ratio(a.rps, reference.median.rps)}`, isReference || !BASELINE ? '≥ 100' : '≥ 0.9 × fixtures', isReference || !BASELINE ? a.rps >= 100 : a.rps >= 0.9 * reference.median.rps],
    [`${entry.name}: article p99 latency`, `${a.p99} ms${ratio(reference.median.p99, a.p99)}`, isReference || !BASELINE ? '≤ 300 ms' : '≥ 0.9 × fixtures (as speed)', isReference || !BASELINE ? a.p99 <= 300 : reference.median.p99 >= 0.9 * a.p99],
    [`${entry.name}: article errors + non-2xx`, `${errors}`, '0', errors === 0],
    [`${entry.name}: RSS after ${entry.memory[0].after} → ${entry.memory[1].after} requests`, `${entry.memory[0].mb.toFixed(0)} → ${entry.memory[1].mb.toFixed(0)} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)})`, 'growth ≤ 50 MB', growth <= 50],
  );
}
rows.push(
  ['asset: requests per second', `${s.rps.toFixed(0)}`, '', undefined],
  ['asset: p99 latency', `${s.p99} ms`, '', undefined],
  ['asset: errors + non-2xx (all runs)', `${s.errors + s.non2xx}`, '', undefined],
  ['mixed: requests per second (reads + posts)', `${(mixed.read.requests.average + mixed.posted.requests.average).toFixed(0)}`, '', undefined],
  ['mixed: read p99 latency', `${mixed.read.latency.p99} ms`, '≤ 300 ms', mixed.read.latency.p99 <= 300],
  ['mixed: post p99 latency', `${mixed.posted.latency.p99} ms`, '≤ 300 ms', mixed.posted.latency.p99 <= 300],
  ['mixed: read errors + non-2xx', `${readErrors}`, '0', readErrors === 0],
  ['mixed: post errors other than 429', `${postErrors}`, '0', postErrors === 0],
  ['mixed: posts refused with 429 (intended)', `${mixed.tooMany}`, '', undefined],
  ['mixed: acknowledged comments lost', `${mixed.lost} of ${mixed.acknowledged}`, '0', mixed.lost === 0 && mixed.acknowledged > 0],
);
console.log(`\nmedians of ${RUNS} runs of ${DURATION_S} s, ${CONNECTIONS} connections:`);
for (const [name, value, target, met] of rows) {
  const verdict = met === undefined ? '       ' : met ? 'met    ' : 'NOT MET';
  console.log(`  ${verdict}  ${name.padEnd(62)} ${value.padStart(24)}   ${target ? `target ${target}` : ''}`.trimEnd());
}
const missed = rows.filter(([, , , met]) => met === false).length;
if (missed && process.argv.includes('--strict')) process.exitCode = 1;
