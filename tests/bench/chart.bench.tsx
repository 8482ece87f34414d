// Time to render a TrendChart with 1 000 points (and 10 000, for scale) in jsdom.
// Run: npm run bench:chart
import { cleanup, render } from '@testing-library/react';
import { bench, describe } from 'vitest';
import TrendChart from '../../src/features/stats/components/TrendChart';
import { chartRows, defaultChartState } from '../../src/features/stats/chartState';
import type { StatsSet } from '../../src/features/stats/schema';

function longSeries(points: number): StatsSet {
  return {
    id: `bench-${points}`,
    title: 'Benchmark',
    unit: 'st',
    description: 'Exempeldata',
    source: { name: 'Exempeldata', url: 'https://example.se' },
    notes: [],
    provenance: 'illustrative',
    updatedAt: '2024-01-01',
    series: [
      {
        id: 'a',
        name: 'A',
        points: Array.from({ length: points }, (_, i) => ({ period: String(100000 + i), value: Math.round(1000 + 300 * Math.sin(i / 20)) })),
      },
    ],
  };
}

async function renderChart(stats: StatsSet) {
  const rows = chartRows(stats, defaultChartState(stats));
  const view = render(
    <div style={{ width: 640, height: 360 }}>
      <TrendChart stats={stats} rows={rows} hidden={[]} highlight={null} onHover={() => {}} onAnnounce={() => {}} />
    </div>,
  );
  await view.findByRole('application');
  if (!view.container.querySelector('.recharts-line-curve')) throw new Error('no line drawn');
  cleanup();
}

const thousand = longSeries(1_000);
const tenThousand = longSeries(10_000);

describe('TrendChart render', () => {
  bench('1 000 points', () => renderChart(thousand), { iterations: 10, warmupIterations: 2 });
  bench('10 000 points', () => renderChart(tenThousand), { iterations: 3, warmupIterations: 1 });
});
