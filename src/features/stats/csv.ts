import type { StatsSet } from './schema';
import { chartRows, type ChartState } from './chartState';

/**
 * The shown numbers as CSV, separated by semicolons as Swedish spreadsheets
 * expect, with plain digits and an empty cell where a value is missing.
 */
export function statsCsv(stats: StatsSet, state: Pick<ChartState, 'from' | 'to'>): string {
  const quote = (cell: string) => (/[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  const header = ['period', ...stats.series.map((s) => s.name)];
  const lines = chartRows(stats, state).map((row) =>
    [row.period, ...stats.series.map((s) => (row[s.id] === null ? '' : String(row[s.id])))].map(quote).join(';'),
  );
  return [header.map(quote).join(';'), ...lines].join('\r\n') + '\r\n';
}

export function csvHref(csv: string): string {
  // The byte-order mark makes spreadsheet programs read å, ä and ö correctly.
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${csv}`)}`;
}
