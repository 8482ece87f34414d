import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTICLE_ROUTE, BUDGET, budgetTable, measure, measureInBrowser, missingRoutes, PAGES } from '../bench/bundle.mjs';
import { chartOnlyFiles } from './chartChunks';

// What each route downloads, in KB gzip: in Chromium, what a page fetches before the
// reader does anything (issue 22: at most 100 KB; the app boots at the first intent);
// and from the build this test run made, what the app needs once it runs (entries, route
// chunk and their static imports). A route whose module is not in the build would be
// measured as the entries alone.
const missing = missingRoutes();
const routes = missing.length ? [] : measure();
const chartFiles = chartOnlyFiles().map((file) => file.replace(/^\//, ''));

describe('bundle budgets', () => {
  it('finds every route it measures in the build', () => {
    expect(missing, 'route modules not in the build manifest (moved or renamed? update ROUTES in tests/bench/bundle.mjs)').toEqual([]);
  });

  it('prints the table, a row per route and chunk', () => {
    console.log(`${budgetTable(routes)}\n(ceiling once the app runs: ${BUDGET.routeJsKb} KB; before any interaction, in Chromium: ${BUDGET.untouchedJsKb} KB)`);
    expect(routes.map((r) => r.route)).toContain(ARTICLE_ROUTE);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s stays under the JavaScript and CSS ceilings once the app runs', (_route, r) => {
    expect(r.jsKb).toBeLessThanOrEqual(BUDGET.routeJsKb);
    expect(r.cssKb).toBeLessThanOrEqual(BUDGET.cssKb);
  });

  describe('in Chromium, before the reader does anything', () => {
    let pages: Awaited<ReturnType<typeof measureInBrowser>> = [];
    beforeAll(async () => {
      pages = await measureInBrowser(inject('baseUrl'), { scroll: false });
      console.log(pages.map((p) => `${p.name.padEnd(22)} ${p.initialKb.toFixed(1).padStart(6)} KB  ${p.initial.join(', ')}`).join('\n'));
    });
    // The front page and the articles (issue 22's pages). A statistics page's chart is its content, on screen at once:
    // the app starts for it (a chart near the viewport starts it), so it is measured once the app runs, above.
    const untouched = PAGES.filter(([name]) => name !== 'chart page');
    it.each(untouched.map(([name]) => [name] as const))(`%s fetches at most ${BUDGET.untouchedJsKb} KB of JavaScript`, (name) => {
      const page = pages.find((p) => p.name === name);
      expect(page).toBeDefined();
      expect(page?.initialKb).toBeLessThanOrEqual(BUDGET.untouchedJsKb);
    });
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s does not load the chart library up front', (_route, r) => {
    expect(chartFiles.length).toBeGreaterThan(0);
    expect(r.chunks.map((c) => c.file).filter((file) => chartFiles.includes(file))).toEqual([]);
  });
});
