// npm run bench:import: the time and peak memory of importing 10 000 articles
// (`npm run content -- import`, NDJSON) into an empty SQLite store, and into PostgreSQL
// (a throwaway server, as the tests start one). Prints each figure.
//   -- --count N    articles (default 10 000); -- --no-build uses the build in dist/ (or --out-dir)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runnerImport } from 'vite';
import { argValue, buildDist, outDir } from './builtServer.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const COUNT = Number(argValue('--count') ?? 10_000);
const load = async (file) => (await runnerImport(path.join(ROOT, file), { configFile: false, logLevel: 'silent' })).module;

const dist = outDir();
if (!process.argv.includes('--no-build')) buildDist(dist);
const { archiveRecords } = await load('mocks/search/archiveRecords.ts');
const { startPostgres } = await load('tests/support/postgres.ts');
const { createTestDatabase } = await load('tests/support/testDatabase.ts');

const work = mkdtempSync(path.join(os.tmpdir(), 'bench-import-'));
const file = path.join(work, 'archive.ndjson');
writeFileSync(file, archiveRecords(COUNT).map((record) => JSON.stringify(record)).join('\n') + '\n');
console.log(`${COUNT} articles, ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB of NDJSON`);

/** Into a store with the seed package's sections and writers (imported first, not timed), then the archive, timed. */
function importInto(env) {
  const content = (source) => execFileSync(process.execPath, [path.join(dist, 'server/content.js'), 'import', source], { env: { ...process.env, ...env }, encoding: 'utf8' });
  content(path.join(ROOT, 'content'));
  const started = performance.now();
  const output = content(file);
  return { seconds: (performance.now() - started) / 1000, line: output.trim().split('\n').at(-1) };
}

const sqlite = importInto({ DATA_DIR: path.join(work, 'sqlite') });
console.log(`SQLite      ${sqlite.seconds.toFixed(1)} s wall   ${sqlite.line}`);

const postgres = await startPostgres();
try {
  const database = await createTestDatabase(postgres.url);
  const result = importInto({ DATA_DIR: path.join(work, 'pg'), DATABASE_URL: database.url });
  console.log(`PostgreSQL  ${result.seconds.toFixed(1)} s wall   ${result.line}`);
  await database.drop();
} finally {
  await postgres.stop();
  rmSync(work, { recursive: true, force: true });
}
