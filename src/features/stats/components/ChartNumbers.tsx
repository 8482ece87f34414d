import { statsStrings } from '../../../lib/strings.stats';
import { chartRows, defaultChartState } from '../chartState';
import type { StatsSet } from '../schema';
import { StatsTable } from './StatsTable';

/** A chart's numbers as a table, with their source: what a reader without scripts gets instead of the chart. */
export function ChartNumbers({ stats }: { stats: StatsSet }) {
  return (
    <div>
      <StatsTable stats={stats} rows={chartRows(stats, defaultChartState(stats))} />
      <p>
        {statsStrings.source}: {stats.source.name}
        {stats.provenance === 'illustrative' && ` · ${statsStrings.illustrative}`}
      </p>
    </div>
  );
}
