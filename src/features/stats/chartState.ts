import type { StatsSet } from './schema';

type ChartView = 'diagram' | 'tabell';

/** What a reader has chosen to see; on /statistik/:id it lives in the query string. */
export type ChartState = {
  view: ChartView;
  /** First and last period shown, inclusive */
  from: string;
  to: string;
  hidden: string[];
};

export const LONG_SERIES = 12;

export function allPeriods(stats: StatsSet): string[] {
  const periods = new Set<string>();
  for (const series of stats.series) for (const point of series.points) periods.add(point.period);
  return [...periods].sort();
}

export function defaultChartState(stats: StatsSet): ChartState {
  const periods = allPeriods(stats);
  return { view: 'diagram', from: periods[0] ?? '', to: periods[periods.length - 1] ?? '', hidden: [] };
}

/** Reads ?visa=&fran=&till=&dolj= ; anything unknown falls back to the default. */
export function chartStateFromSearch(stats: StatsSet, search: URLSearchParams): ChartState {
  const fallback = defaultChartState(stats);
  const periods = allPeriods(stats);
  const view = search.get('visa') === 'tabell' ? 'tabell' : 'diagram';
  let from = periods.includes(search.get('fran') ?? '') ? (search.get('fran') as string) : fallback.from;
  let to = periods.includes(search.get('till') ?? '') ? (search.get('till') as string) : fallback.to;
  if (from > to) [from, to] = [fallback.from, fallback.to];
  const seriesIds = new Set(stats.series.map((s) => s.id));
  const hidden = [...new Set((search.get('dolj') ?? '').split(','))].filter((id) => seriesIds.has(id));
  // Never hide every series: a blank chart helps no one.
  return { view, from, to, hidden: hidden.length >= stats.series.length ? [] : hidden };
}

/** The query string for a state; defaults are left out so shared links stay short. */
export function chartStateToSearch(stats: StatsSet, state: ChartState): URLSearchParams {
  const fallback = defaultChartState(stats);
  const search = new URLSearchParams();
  if (state.view !== 'diagram') search.set('visa', state.view);
  if (state.from !== fallback.from) search.set('fran', state.from);
  if (state.to !== fallback.to) search.set('till', state.to);
  if (state.hidden.length) search.set('dolj', state.hidden.join(','));
  return search;
}

export type ChartRow = { period: string } & Record<string, number | null | string>;

/** One row per period in the chosen range, one column per series (null where missing). */
export function chartRows(stats: StatsSet, state: Pick<ChartState, 'from' | 'to'>): ChartRow[] {
  // One lookup table per series keeps this linear: long series have thousands of points.
  const values = stats.series.map((series) => [series.id, new Map(series.points.map((p) => [p.period, p.value]))] as const);
  return allPeriods(stats)
    .filter((period) => period >= state.from && period <= state.to)
    .map((period) => {
      const row: ChartRow = { period };
      for (const [id, byPeriod] of values) row[id] = byPeriod.get(period) ?? null;
      return row;
    });
}

/**
 * At most about `max` rows for drawing: the first and last, and in each stretch
 * between, the lowest and highest point, so peaks and gaps survive. The table
 * and the CSV always get every row.
 */
export function thinRows(rows: ChartRow[], seriesId: string | undefined, max = 800): ChartRow[] {
  if (rows.length <= max || !seriesId) return rows;
  const bucket = Math.ceil(rows.length / (max / 2));
  const kept: ChartRow[] = [];
  for (let start = 0; start < rows.length; start += bucket) {
    const slice = rows.slice(start, start + bucket);
    const known = slice.filter((r) => typeof r[seriesId] === 'number');
    if (known.length < slice.length) kept.push(slice.find((r) => r[seriesId] === null) as ChartRow);
    if (!known.length) continue;
    const low = known.reduce((a, b) => ((a[seriesId] as number) <= (b[seriesId] as number) ? a : b));
    const high = known.reduce((a, b) => ((a[seriesId] as number) >= (b[seriesId] as number) ? a : b));
    for (const row of [low, high].sort((a, b) => (a.period < b.period ? -1 : 1))) if (!kept.includes(row)) kept.push(row);
  }
  const first = rows[0] as ChartRow;
  const last = rows[rows.length - 1] as ChartRow;
  if (kept[0] !== first) kept.unshift(first);
  if (kept[kept.length - 1] !== last) kept.push(last);
  return kept.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
}

/** A few evenly spaced periods for the x axis, so long series are not measured tick by tick. */
export function axisTicks(rows: ChartRow[], count: number): string[] {
  if (rows.length <= count) return rows.map((r) => r.period);
  const step = (rows.length - 1) / (count - 1);
  return Array.from({ length: count }, (_, i) => (rows[Math.round(i * step)] as ChartRow).period);
}

export type Change = { from: string; to: string; absolute: number; ratio: number | null };

/** Change between the first and last known values of a series within the rows. */
export function seriesChange(rows: ChartRow[], seriesId: string): Change | null {
  const known = rows.filter((row) => typeof row[seriesId] === 'number');
  const first = known[0];
  const last = known[known.length - 1];
  if (!first || !last || first === last) return null;
  const a = first[seriesId] as number;
  const b = last[seriesId] as number;
  return { from: first.period, to: last.period, absolute: b - a, ratio: a === 0 ? null : (b - a) / a };
}
