// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { HEAP_GROWING_FLAG } from './heapSizing';

/**
 * A process that keeps about 60 MB alive and keeps replacing it, as a server under load
 * does: each piece lives long enough to be promoted, then becomes garbage. It sets `flags`
 * at run time, as the server does at start, and prints the largest old generation V8 kept
 * and what a full collection finds alive at the end, in bytes.
 */
const CHURN = `
const v8 = require('node:v8');
const flags = process.argv[1];
if (flags) v8.setFlagsFromString(flags);
const old = () => v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space');
const kept = new Array(1500);
let largest = 0;
for (let i = 0; i < 30000; i++) {
  kept[i % kept.length] = Array.from({ length: 1000 }, (_, j) => ({ j }));
  if (i % 100 === 0) largest = Math.max(largest, old().space_size);
}
globalThis.gc();
console.log(JSON.stringify({ largest, live: old().space_used_size, kept: kept.length }));
`;

function churn(flags: string): { largest: number; live: number } {
  return JSON.parse(execFileSync(process.execPath, ['--expose-gc', '-e', CHURN, flags], { encoding: 'utf8' })) as { largest: number; live: number };
}

describe('the server heap', () => {
  // Node's default lets the old generation grow to about 4 × what is alive (about 260 MB here) before it is
  // collected; the server's flag, set at run time as main.ts sets it, keeps it within about 2 ×.
  it('grows the old generation at most 2.5 × past what is alive, however much garbage is promoted', { timeout: 60_000 }, () => {
    const { largest, live } = churn(HEAP_GROWING_FLAG);
    expect(live).toBeGreaterThan(40 * 1024 * 1024);
    expect(largest).toBeLessThan(2.5 * live);
  });
});
