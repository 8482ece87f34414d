// The mock API's search over a generated archive of 10 000 articles (mocks/search/archive.ts:
// words drawn from the fixture articles' own text as often as they occur there, plus the
// fixture articles themselves): index build time, heap used by the index, and p50/p99 query
// time for 1-, 2- and 3-word queries with and without a typo in each word; then the relevance
// table (our queries, the article each should find, its rank) over the fixture articles alone
// and with the generated archive around them.
// Run: npm run bench:search  (-- --articles N for another archive size, -- --queries N per kind, -- --rounds N)
import path from 'node:path';
import { runnerImport } from 'vite';
import { argValue } from './builtServer.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const load = async (file) => (await runnerImport(path.join(ROOT, file))).module;
const { createSearchIndex } = await load('src/server/search/searchIndex.ts');
const { generateArchive } = await load('mocks/search/archive.ts');
const { rankQueries, relevanceTable } = await load('mocks/search/relevance.ts');
const { tokenize } = await load('src/server/search/swedish.ts');

const ARTICLES = Number(argValue('--articles') ?? 10_000);
const QUERIES = Number(argValue('--queries') ?? 300);
const ROUNDS = Number(argValue('--rounds') ?? 3);
const TARGET = { p99Ms: 20, indexMb: 200 };

const gc = globalThis.gc ?? (() => {
  throw new Error('Run with node --expose-gc (npm run bench:search does)');
});
const heapMb = () => {
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const archive = generateArchive(ARTICLES);
const before = heapMb();
const started = performance.now();
const index = createSearchIndex(archive);
const buildMs = performance.now() - started;
const indexMb = heapMb() - before;

// Queries from words the archive uses (4 letters or more), the same for every kind.
let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
const words = [...new Set(archive.slice(0, 200).flatMap((d) => tokenize(d.body.join(' ')).map((t) => t.word.toLowerCase())))].filter((w) => w.length >= 4);
const pick = () => words[Math.floor(random() * words.length)];
/** One letter replaced in words of six letters or more, where the search forgives a typo. */
const typo = (word) => {
  if (word.length < 6) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const letter = 'abdefgiklmnoprstuvåäö'[Math.floor(random() * 21)];
  return word.slice(0, at) + (letter === word[at] ? 'x' : letter) + word.slice(at + 1);
};

// Warm-up, not measured: the first queries also pay for compiling the code.
for (let i = 0; i < 100; i++) {
  const found = index.search(pick());
  for (const slug of found.slugs.slice(0, 10)) found.snippet(slug);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const wordCount of [1, 2, 3]) {
  for (const withTypos of [false, true]) {
    const queries = Array.from({ length: QUERIES }, () => Array.from({ length: wordCount }, () => (withTypos ? typo(pick()) : pick())).join(' '));
    // The same queries in ROUNDS rounds; each figure is the median of the rounds' (2 cores are noisy).
    const rounds = Array.from({ length: ROUNDS }, () => {
      const times = [];
      for (const query of queries) {
        const t = performance.now();
        const found = index.search(query);
        // A page of results is what the API answers: ten snippets are part of the cost.
        for (const slug of found.slugs.slice(0, 10)) found.snippet(slug);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      return { p50: percentile(times, 50), p99: percentile(times, 99) };
    });
    rows.push({ wordCount, withTypos, p50: median(rounds.map((r) => r.p50)), p99: median(rounds.map((r) => r.p99)) });
  }
}

console.log(`Search over ${archive.length.toLocaleString('sv-SE')} articles (${ARTICLES.toLocaleString('sv-SE')} generated + the fixtures), Node ${process.version}\n`);
console.log(`index build   ${(buildMs / 1000).toFixed(2)} s`);
console.log(`index memory  ${indexMb.toFixed(0)} MB heap (target ≤ ${TARGET.indexMb} MB: ${indexMb <= TARGET.indexMb ? 'met' : 'MISSED'})\n`);
console.log(`query (first page with snippets), ${QUERIES} queries each, median of ${ROUNDS} rounds   p50 ms   p99 ms`);
for (const { wordCount, withTypos, p50, p99 } of rows) {
  const label = `${wordCount} word${wordCount > 1 ? 's' : ' '}, ${withTypos ? 'with typos' : 'spelt right'}`;
  console.log(`  ${label.padEnd(56)} ${p50.toFixed(2).padStart(6)} ${p99.toFixed(2).padStart(8)}`);
}
const worst = Math.max(...rows.map((r) => r.p99));
console.log(`worst p99 ${worst.toFixed(2)} ms (target ≤ ${TARGET.p99Ms} ms: ${worst <= TARGET.p99Ms ? 'met' : 'MISSED'})\n`);

console.log('Relevance over the fixture articles (what the unit test checks):');
console.log(relevanceTable(rankQueries(createSearchIndex(generateArchive(0)))));
console.log(`\nThe same queries with the ${ARTICLES.toLocaleString('sv-SE')} generated articles around them:`);
console.log(relevanceTable(rankQueries(index)));
