import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { chartElementId } from '../../../lib/dataHighlight';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { statsQuery } from '../api';
import styles from './ArticleChart.module.css';
// For the table the server renders for readers without scripts and for print (below): linked with the page, no script needed.
import './StatsTable.css';

type ChartBlockProps = { statsId: string; caption: string };

// Rendered by the server only (see below), so the browser's build of the placeholder has none of the table's code.
const ChartNumbers = import.meta.env.SSR ? (await import('./ChartNumbers')).ChartNumbers : null;

// One object, so that React never sees new HTML for the numbers and leaves the server's in place.
const SERVER_NUMBERS = { __html: '' };

/**
 * The chart's space while its code or data is on the way, the same size as the chart.
 * The server puts the numbers in it as a table with their source, from the data it
 * rendered with: shown instead of the chart without scripts, and on paper (where the
 * chart may never have come near enough to load), hidden on screen otherwise. The
 * browser keeps the server's table as it is (it neither renders nor hydrates it), so no
 * page loads the table's code for a placeholder (the chart brings its own).
 */
export function ChartPlaceholder({ statsId, caption }: ChartBlockProps) {
  // Read from the cache only: the loader fetched it, and a placeholder never asks by itself.
  const { data: stats } = useQuery({ ...statsQuery(statsId), enabled: false });
  return (
    <div id={chartElementId(statsId)} className={styles.placeholder} aria-busy="true">
      <p>{caption}</p>
      <p className={styles.loadingNote}>{strings.stats.loading}</p>
      {ChartNumbers ? (
        <div className={styles.numbers}>{stats && <ChartNumbers stats={stats} />}</div>
      ) : (
        // eslint-disable-next-line no-restricted-syntax -- an empty constant: the hole keeps the server's table, nothing of ours
        <div className={styles.numbers} suppressHydrationWarning dangerouslySetInnerHTML={SERVER_NUMBERS} />
      )}
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
