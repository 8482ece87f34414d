import v8 from 'node:v8';

/**
 * How far V8 lets the old generation grow past what a full collection found alive, before
 * the next one: 1.5 ×, where Node's default on a machine with a few GB of memory is up to 4 ×.
 *
 * Under load every render in flight (20 at once in the benchmark) holds its objects across
 * young-generation collections, so much of a render's garbage is promoted. With the default
 * the old generation then grows to about four times the live heap before it is collected:
 * measured on the SQLite store, the live heap stays at 50–55 MB from 2 000 to 20 000 article
 * requests (heap snapshots), while the heap V8 keeps grows from 110 MB to about 300 MB and the
 * resident memory from 230 MB to about 460 MB. At 1.5 × the heap levels off at about 150 MB and
 * the resident memory at about 310 MB. The price is a full collection more often, mostly
 * marked concurrently on another thread; throughput stayed within the benchmark's noise.
 * No upper limit is set, so a large store's search index still has all the room Node gives.
 */
export const HEAP_GROWING_FLAG = '--heap-growing-percent=50';

/**
 * Set by the server at start rather than on the command line, so that however it is started
 * (`npm run serve`, the benchmarks, a container running `node dist/server/main.js`) it holds.
 * V8 reads this flag each time it sets the next collection's limit, so setting it now works.
 */
export function sizeHeapForServing(): void {
  v8.setFlagsFromString(HEAP_GROWING_FLAG);
}
