import { formatNumber, formatPeriod } from '../../../lib/format';
import { statsStrings } from '../../../lib/strings.stats';
import type { ChartRow } from '../chartState';
import type { StatsSet } from '../schema';
import './StatsTable.css';

/** The same numbers as the chart, as a real table (always there for print and screen readers). */
export function StatsTable({ stats, rows, hidden = false }: { stats: StatsSet; rows: ChartRow[]; hidden?: boolean }) {
  return (
    <div className="stats-table-wrap" hidden={hidden} data-print="show" tabIndex={hidden ? undefined : 0} role="region" aria-label={`${statsStrings.table}: ${stats.title}`}>
      <table className="stats-table">
        <caption>
          {stats.title} ({stats.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">{statsStrings.period}</th>
            {stats.series.map((series) => (
              <th key={series.id} scope="col">
                {series.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.period}>
              <th scope="row">{formatPeriod(row.period)}</th>
              {stats.series.map((series) => {
                const value = row[series.id];
                return (
                  <td key={series.id}>
                    {typeof value === 'number' ? (
                      formatNumber(value)
                    ) : (
                      <>
                        <span aria-hidden="true">{statsStrings.missingShort}</span>
                        <span className="visually-hidden">{statsStrings.missing}</span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
