import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorState } from '../../../components/ErrorState';
import { statsStrings } from '../../../lib/strings.stats';
import { statsQuery } from '../api';
import { defaultChartState, type ChartState } from '../chartState';
import type { StatsSet } from '../schema';
import { ChartPlaceholder } from './ChartPlaceholder';
import { StatsFigure } from './StatsFigure';

function LoadedChart({ stats }: { stats: StatsSet }) {
  const [state, setState] = useState<ChartState>(() => defaultChartState(stats));
  return <StatsFigure stats={stats} state={state} onStateChange={setState} />;
}

/** A chart in an article: its own data, its own error state; the article stays readable. */
export function ArticleChart({ statsId, caption }: { statsId: string; caption: string }) {
  const query = useQuery(statsQuery(statsId));
  if (query.data) return <LoadedChart stats={query.data} />;
  if (query.isError) return <ErrorState error={query.error} title={statsStrings.errorTitle} onRetry={() => void query.refetch()} />;
  return <ChartPlaceholder statsId={statsId} caption={caption} />;
}
