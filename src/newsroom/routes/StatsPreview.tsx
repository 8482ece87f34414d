import { useState } from 'react';
import { defaultChartState, type ChartState } from '../../features/stats/chartState';
import { StatsFigure } from '../../features/stats/components/StatsFigure';
import type { StatsSet } from '../../features/stats/schema';

/** The reader's own chart of the set being written; its controls start afresh when the periods or series change. */
export function StatsPreview({ stats }: { stats: StatsSet }) {
  const shape = JSON.stringify(stats.series.map((series) => [series.id, series.points.map((point) => point.period)]));
  return <PreviewFigure key={shape} stats={stats} />;
}

function PreviewFigure({ stats }: { stats: StatsSet }) {
  const [state, setState] = useState<ChartState>(() => defaultChartState(stats));
  return <StatsFigure stats={stats} state={state} onStateChange={setState} eager size="full" />;
}
