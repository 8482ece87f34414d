import { lazy, Suspense } from 'react';
import { Island } from '../../../components/Island';
import { useAfterPaint } from '../../../lib/useAfterPaint';
import { ChartFooter, ChartPlaceholder } from './ChartPlaceholder';
import styles from './ArticleChart.module.css';

// The statistics figure's code loads once the article is painted; Recharts itself later still, when the chart is near.
const ArticleChart = lazy(() => import('./ArticleChart').then((m) => ({ default: m.ArticleChart })));

type ChartBlockProps = { statsId: string; caption: string };

/** The chart's part of the block: its placeholder as the server rendered it, then the chart. */
export function ArticleChartPart({ statsId, caption }: ChartBlockProps) {
  const painted = useAfterPaint();
  const placeholder = <ChartPlaceholder statsId={statsId} caption={caption} />;
  if (!painted) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <ArticleChart statsId={statsId} caption={caption} />
    </Suspense>
  );
}

/**
 * A chart block in an article. The chart is an island: on a server page it hydrates by
 * itself when it comes near the viewport, whether or not the app has started; the
 * caption and its link stay the server's HTML until the app runs.
 */
export function ArticleChartBlock({ statsId, caption }: ChartBlockProps) {
  return (
    <div className={styles.block}>
      <Island name="chart" props={{ statsId, caption }}>
        <ArticleChartPart statsId={statsId} caption={caption} />
      </Island>
      <ChartFooter statsId={statsId} caption={caption} />
    </div>
  );
}
