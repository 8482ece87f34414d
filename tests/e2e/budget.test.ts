import { describe, expect, it } from 'vitest';
import { ARTICLE_ROUTE, BUDGET, budgetTable, measure, missingRoutes } from '../bench/bundle.mjs';
import { chartOnlyFiles } from './chartChunks';

// What each route downloads before its content can be on screen, from the build
// this test run made: entries, route chunk and their static imports, in KB gzip.
// A route whose module is not in the build would be measured as the entries alone.
const missing = missingRoutes();
const routes = missing.length ? [] : measure();
const chartFiles = chartOnlyFiles().map((file) => file.replace(/^\//, ''));

describe('bundle budgets', () => {
  it('finds every route it measures in the build', () => {
    expect(missing, 'route modules not in the build manifest (moved or renamed? update ROUTES in tests/bench/bundle.mjs)').toEqual([]);
  });

  it('prints the table, a row per route and chunk', () => {
    console.log(`${budgetTable(routes)}\n(ceilings: ${BUDGET.articleJsKb} KB for an article, ${BUDGET.routeJsKb} KB for other routes)`);
    expect(routes.map((r) => r.route)).toContain(ARTICLE_ROUTE);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s stays under the JavaScript and CSS ceilings', (route, r) => {
    expect(r.jsKb).toBeLessThanOrEqual(route === ARTICLE_ROUTE ? BUDGET.articleJsKb : BUDGET.routeJsKb);
    expect(r.cssKb).toBeLessThanOrEqual(BUDGET.cssKb);
  });

  it.each(routes.map((r) => [r.route, r] as const))('%s does not load the chart library up front', (_route, r) => {
    expect(chartFiles.length).toBeGreaterThan(0);
    expect(r.chunks.map((c) => c.file).filter((file) => chartFiles.includes(file))).toEqual([]);
  });
});
