import { describe, expect, it } from 'vitest';
import { axisTicks, chartRows, chartStateFromSearch, chartStateToSearch, defaultChartState, seriesChange, thinRows } from './chartState';
import { statsCsv } from './csv';
import type { StatsSet } from './schema';

const stats: StatsSet = {
  id: 'demo',
  title: 'Demo',
  unit: 'mål',
  description: 'd',
  source: { name: 'Källa', url: 'https://example.se' },
  notes: [],
  provenance: 'illustrative',
  updatedAt: '2024-01-01',
  series: [
    { id: 'a', name: 'Serie A', points: [{ period: '2017', value: 563 }, { period: '2018', value: 840 }, { period: '2019', value: null }, { period: '2020', value: 900 }] },
    { id: 'b', name: 'Serie; "B"', points: [{ period: '2018', value: 10 }, { period: '2020', value: 5 }] },
  ],
};

describe('chart state in the query string', () => {
  it('defaults to the chart, the whole range and every series', () => {
    expect(defaultChartState(stats)).toEqual({ view: 'diagram', from: '2017', to: '2020', hidden: [] });
    expect(chartStateToSearch(stats, defaultChartState(stats)).toString()).toBe('');
  });

  it('round-trips view, range and hidden series', () => {
    const state = { view: 'tabell' as const, from: '2018', to: '2019', hidden: ['b'] };
    const search = chartStateToSearch(stats, state);
    expect(search.toString()).toBe('visa=tabell&fran=2018&till=2019&dolj=b');
    expect(chartStateFromSearch(stats, search)).toEqual(state);
  });

  it.each([
    ['visa=karta', { view: 'diagram' }],
    ['fran=1999&till=3000', { from: '2017', to: '2020' }],
    ['fran=2020&till=2017', { from: '2017', to: '2020' }],
    ['dolj=okand,a', { hidden: ['a'] }],
    ['dolj=a,b', { hidden: [] }],
    ['dolj=a,a', { hidden: ['a'] }],
  ])('turns a bad or odd query (%s) into a clean state', (query, expected) => {
    expect(chartStateFromSearch(stats, new URLSearchParams(query))).toMatchObject(expected);
  });
});

describe('rows and change', () => {
  it('gives one row per period in range, with null where a value is missing', () => {
    expect(chartRows(stats, { from: '2018', to: '2019' })).toEqual([
      { period: '2018', a: 840, b: 10 },
      { period: '2019', a: null, b: null },
    ]);
  });

  it('measures change between the first and last known values', () => {
    const rows = chartRows(stats, { from: '2017', to: '2018' });
    expect(seriesChange(rows, 'a')).toEqual({ from: '2017', to: '2018', absolute: 277, ratio: 277 / 563 });
  });

  it('skips missing values at the ends of the range', () => {
    const rows = chartRows(stats, { from: '2018', to: '2019' });
    expect(seriesChange(rows, 'a')).toBeNull();
    expect(seriesChange(chartRows(stats, { from: '2017', to: '2020' }), 'b')).toMatchObject({ from: '2018', to: '2020', absolute: -5 });
  });
});

describe('CSV', () => {
  it('has a header, semicolons, empty cells for missing values and quoted names', () => {
    expect(statsCsv(stats, { from: '2017', to: '2020' })).toBe(
      'period;Serie A;"Serie; ""B"""\r\n2017;563;\r\n2018;840;10\r\n2019;;\r\n2020;900;5\r\n',
    );
  });
});

describe('drawing long series', () => {
  const long = Array.from({ length: 10_000 }, (_, i) => ({ period: String(100_000 + i), a: i === 5_000 ? 99_999 : i === 7_000 ? null : i % 100 }));

  it('draws at most about 800 points, keeping the ends, the peaks and the gaps', () => {
    const thin = thinRows(long, 'a');
    expect(thin.length).toBeLessThanOrEqual(802);
    expect(thin[0]).toBe(long[0]);
    expect(thin[thin.length - 1]).toBe(long[long.length - 1]);
    expect(thin.some((row) => row.a === 99_999)).toBe(true);
    expect(thin.some((row) => row.a === null)).toBe(true);
    expect(thin.map((r) => r.period)).toEqual([...thin.map((r) => r.period)].sort());
  });

  it('leaves short series alone', () => {
    const short = long.slice(0, 50);
    expect(thinRows(short, 'a')).toBe(short);
  });

  it('spreads a few axis ticks over the whole range', () => {
    expect(axisTicks(long, 5)).toEqual(['100000', '102500', '105000', '107499', '109999']);
    expect(axisTicks(long.slice(0, 3), 5)).toEqual(['100000', '100001', '100002']);
  });
});
