import { formatNumber, formatPeriod } from '../../../lib/format';
import { strings } from '../../../lib/strings';
import type { ChartRow } from '../chartState';
import type { StatsSet } from '../schema';
import styles from './StatsFigure.module.css';

/** The same numbers as the chart, as a real table (always there for print and screen readers). */
export function StatsTable({ stats, rows, hidden = false }: { stats: StatsSet; rows: ChartRow[]; hidden?: boolean }) {
  return (
    <div className={styles.tableWrap} hidden={hidden} data-print="show" tabIndex={hidden ? undefined : 0} role="region" aria-label={`${strings.stats.table}: ${stats.title}`}>
      <table className={styles.table}>
        <caption>
          {stats.title} ({stats.unit})
        </caption>
        <thead>
          <tr>
            <th scope="col">{strings.stats.period}</th>
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
                        <span aria-hidden="true">{strings.stats.missingShort}</span>
                        <span className="visually-hidden">{strings.stats.missing}</span>
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
