import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { chartElementId } from '../../../lib/dataHighlight';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { statsQuery } from '../api';
import styles from './ArticleChart.module.css';
// For the table the server renders for readers without scripts (below): linked with the page, no script needed.
import './StatsTable.css';

type ChartBlockProps = { statsId: string; caption: string };

// Rendered by the server only (see below), so the browser's build of the placeholder has none of the table's code.
const ChartNumbers = import.meta.env.SSR ? (await import('./ChartNumbers')).ChartNumbers : null;

/**
 * The chart's space while its code or data is on the way, the same size as the chart.
 * Without scripts it shows the numbers as a table with their source instead, from the
 * data the server rendered with: in a <noscript>, which the browser neither shows nor
 * hydrates when scripts run, so the table is rendered by the server only and no page
 * loads the table's code for a placeholder (the chart brings its own).
 */
export function ChartPlaceholder({ statsId, caption }: ChartBlockProps) {
  // Read from the cache only: the loader fetched it, and a placeholder never asks by itself.
  const { data: stats } = useQuery({ ...statsQuery(statsId), enabled: false });
  return (
    <div id={chartElementId(statsId)} className={styles.placeholder} aria-busy="true">
      <p>{caption}</p>
      <p className={styles.loadingNote}>{strings.stats.loading}</p>
      <noscript>{ChartNumbers && stats && <ChartNumbers stats={stats} />}</noscript>
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
