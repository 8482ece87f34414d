import { useId } from 'react';
import { formatPeriod } from '../../../lib/format';
import { statsStrings } from '../../../lib/strings.stats';
import { allPeriods, LONG_SERIES, type ChartState } from '../chartState';
import type { StatsSet } from '../schema';
import { SeriesSwatch } from './SeriesSwatch';
import styles from './StatsFigure.module.css';

type ChartControlsProps = { stats: StatsSet; state: ChartState; onChange: (next: ChartState) => void };

/** View switch, time range (long series) and a legend that toggles series. */
export function ChartControls({ stats, state, onChange }: ChartControlsProps) {
  const id = useId();
  const periods = allPeriods(stats);
  const toggle = (seriesId: string) => {
    const hidden = state.hidden.includes(seriesId) ? state.hidden.filter((h) => h !== seriesId) : [...state.hidden, seriesId];
    if (hidden.length < stats.series.length) onChange({ ...state, hidden });
  };
  return (
    <div className={styles.controls} data-print="hide">
      <div role="group" aria-label={statsStrings.view} className={styles.segmented}>
        {(['diagram', 'tabell'] as const).map((view) => (
          <button key={view} type="button" aria-pressed={state.view === view} onClick={() => onChange({ ...state, view })}>
            {view === 'diagram' ? statsStrings.chart : statsStrings.table}
          </button>
        ))}
      </div>
      {periods.length > LONG_SERIES && (
        <fieldset className={styles.range}>
          <legend className="visually-hidden">{statsStrings.range}</legend>
          <label htmlFor={`${id}-from`}>{statsStrings.from}</label>
          <select id={`${id}-from`} value={state.from} onChange={(e) => onChange({ ...state, from: e.target.value })}>
            {periods.filter((p) => p < state.to).map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-to`}>{statsStrings.to}</label>
          <select id={`${id}-to`} value={state.to} onChange={(e) => onChange({ ...state, to: e.target.value })}>
            {periods.filter((p) => p > state.from).map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p)}
              </option>
            ))}
          </select>
        </fieldset>
      )}
      {stats.series.length > 1 && (
        <div role="group" aria-label={statsStrings.series} className={styles.legend}>
          {stats.series.map((series, index) => (
            <button
              key={series.id}
              type="button"
              aria-pressed={!state.hidden.includes(series.id)}
              onClick={() => toggle(series.id)}
              className={styles.legendItem}
            >
              <SeriesSwatch index={index} />
              {series.name}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
