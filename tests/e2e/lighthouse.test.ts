import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE, runLighthouse } from '../bench/lighthouse.mjs';
import { resetMockApi } from './browser';

beforeAll(() => resetMockApi());

// Lighthouse's mobile preset against the built app. Performance scores are too noisy
// on a 2-core machine to gate on (npm run bench:lighthouse reports their medians);
// accessibility and layout shift are not, and must hold on every run.
describe('Lighthouse, mobile', () => {
  for (const path of [ARTICLE, '/']) {
    it(`${path}: accessibility 100, CLS at most 0.05, nothing logged as an error`, async () => {
      const result = await runLighthouse(new URL(path, inject('baseUrl')).toString(), inject('chromePath'));
      expect(result.accessibility, `failing audits: ${result.failing.join(', ')}`).toBe(100);
      expect(result.cls).toBeLessThanOrEqual(0.05);
      expect(result.consoleErrors).toEqual([]);
    }, 120_000);
  }
});

