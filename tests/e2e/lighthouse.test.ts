import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, median, runLighthouse, startProxy, type LighthouseResult, type Proxy } from '../bench/lighthouse.mjs';
import { resetMockApi } from './browser';

const RUNS = 3;
const PAGES = [ARTICLE, '/'];
// Issue 11's gate (1.3 is the benchmark's target). The app's code starts a frame after the
// page has loaded and been painted, so the article's median measures about 1.05 (npm run
// bench:lighthouse); loading the code at once measured 1.9.
const MAX_LCP_RATIO = 1.5;
// Issue 22's gate, loose for noise on a median of three (the benchmark's target is 100 ms).
const MAX_TBT_OVER_SCRIPT_FREE_MS = 250;

const ms = (values: number[]) => values.map((value) => `${Math.round(value)} ms`).join(', ');

// Lighthouse's mobile preset against the built server, beside the same pages without
// their scripts (tests/bench/lighthouse.mjs): the limit for this content. Medians of
// three runs each, alternated. Performance scores are too noisy on a 2-core machine to
// gate on (npm run bench:lighthouse reports them); total blocking time over the
// script-free page's, the LCP ratio, layout shift and accessibility are not.
describe('Lighthouse, mobile, beside the same page without scripts', () => {
  let app: Proxy | undefined;
  let scriptFree: Proxy | undefined;
  beforeAll(async () => {
    await resetMockApi();
    app = await startProxy(inject('baseUrl'));
    scriptFree = await startProxy(inject('baseUrl'), { strip: PAGES });
  });
  afterAll(async () => {
    await Promise.all([app?.close(), scriptFree?.close()]);
  });

  for (const path of PAGES) {
    it(`${path}: TBT at most ${MAX_TBT_OVER_SCRIPT_FREE_MS} ms over the script-free page's, LCP at most ${MAX_LCP_RATIO} ×, CLS at most 0.01, accessibility 100, nothing logged as an error`, async () => {
      if (!app || !scriptFree) throw new Error('The proxies have not started');
      const chromePath = inject('chromePath');
      const ours: LighthouseResult[] = [];
      const limit: LighthouseResult[] = [];
      for (let run = 0; run < RUNS; run++) {
        ours.push(await runLighthouse(app.origin + path, { chromePath, categories: ['performance', 'accessibility'] }));
        limit.push(await runLighthouse(scriptFree.origin + path, { chromePath, categories: ['performance'] }));
      }
      const lcp = ours.map((r) => r.lcpMs);
      const limitLcp = limit.map((r) => r.lcpMs);
      // Soft, so that one failing run reports every target missed.
      expect.soft(median(lcp), `LCP ${ms(lcp)}; without scripts ${ms(limitLcp)}`).toBeLessThanOrEqual(MAX_LCP_RATIO * median(limitLcp));
      const tbt = ours.map((r) => r.tbtMs);
      const limitTbt = limit.map((r) => r.tbtMs);
      expect.soft(median(tbt), `TBT ${ms(tbt)}; without scripts ${ms(limitTbt)}`).toBeLessThanOrEqual(median(limitTbt) + MAX_TBT_OVER_SCRIPT_FREE_MS);
      expect.soft(median(ours.map((r) => r.cls)), 'CLS').toBeLessThanOrEqual(0.01);
      for (const result of ours) {
        expect.soft(result.accessibility, `failing audits: ${result.failing.join(', ')}`).toBe(100);
        expect.soft(result.consoleErrors).toEqual([]);
      }
    }, 300_000);
  }
});
