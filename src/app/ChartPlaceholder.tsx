import { Link } from 'react-router';
import { chartElementId } from '../lib/dataHighlight';
import { strings } from '../lib/strings';
import styles from './ArticleChart.module.css';

type ChartBlockProps = { statsId: string; caption: string };

/** The chart's space while its code or data is on the way, the same size as the chart. */
export function ChartPlaceholder({ statsId, caption, bare = false }: ChartBlockProps & { bare?: boolean }) {
  const box = (
    <div id={chartElementId(statsId)} className={styles.placeholder} aria-busy="true">
      <p>{caption}</p>
      <p>{strings.stats.loading}</p>
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
      {caption} · <Link to={`/statistik/${statsId}`}>{strings.stats.openFull}</Link>
    </p>
  );
}
