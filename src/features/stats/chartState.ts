import type { StatsSet } from './schema';

export type ChartView = 'diagram' | 'tabell';

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
  return allPeriods(stats)
    .filter((period) => period >= state.from && period <= state.to)
    .map((period) => {
      const row: ChartRow = { period };
      for (const series of stats.series) row[series.id] = series.points.find((p) => p.period === period)?.value ?? null;
      return row;
    });
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
