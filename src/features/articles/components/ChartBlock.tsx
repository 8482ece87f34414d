import type { Block } from '../schema';
import styles from './ChartBlock.module.css';

type Chart = Extract<Block, { type: 'chart' }>;

/** The chart's place in the article, sized so nothing moves when the chart arrives. */
export function ChartBlock({ chart }: { chart: Chart }) {
  return (
    <figure className={styles.chart} data-stats={chart.statsId}>
      <div className={styles.plot} />
      <figcaption className={styles.caption}>{chart.caption}</figcaption>
    </figure>
  );
}
