import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { chartElementId } from '../../../lib/dataHighlight';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { statsQuery } from '../api';
import { chartRows, defaultChartState } from '../chartState';
import { StatsTable } from './StatsTable';
import styles from './ArticleChart.module.css';

type ChartBlockProps = { statsId: string; caption: string };

/**
 * The chart's space while its code or data is on the way, the same size as the chart.
 * Without scripts (CSS `scripting: none`) it shows the numbers as a table with their
 * source instead, from the data the server rendered with.
 */
export function ChartPlaceholder({ statsId, caption, bare = false }: ChartBlockProps & { bare?: boolean }) {
  // Read from the cache only: the loader fetched it, and a placeholder never asks by itself.
  const { data: stats } = useQuery({ ...statsQuery(statsId), enabled: false });
  const box = (
    <div id={chartElementId(statsId)} className={styles.placeholder} aria-busy="true">
      <p>{caption}</p>
      <p className={styles.loadingNote}>{strings.stats.loading}</p>
      {stats && (
        <div className={styles.scriptless}>
          <StatsTable stats={stats} rows={chartRows(stats, defaultChartState(stats))} />
          <p>
            {strings.stats.source}: {stats.source.name}
            {stats.provenance === 'illustrative' && ` · ${strings.stats.illustrative}`}
          </p>
        </div>
      )}
    </div>
  );
  if (bare) return box;
  return (
    <div className={styles.block}>
      {box}
      <ChartFooter statsId={statsId} caption={caption} />
    </div>
  );
}

export function ChartFooter({ statsId, caption }: ChartBlockProps) {
  return (
    <p className={styles.caption}>
      {caption} · <Link to={paths.stats(statsId)}>{strings.stats.openFull}</Link>
    </p>
  );
}
