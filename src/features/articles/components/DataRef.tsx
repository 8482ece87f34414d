import { chartElementId, useDataHighlight } from '../../../lib/dataHighlight';
import { strings } from '../../../lib/strings';
import type { Inline } from '../schema';
import styles from './InlineContent.module.css';

type DataRefNode = Extract<Inline, { type: 'dataRef' }>;

/** What a number's island is rendered from (src/app/islands.tsx reads it back). */
export function dataRefProps(node: DataRefNode): Record<string, string> {
  return { text: node.text, statsId: node.statsId, seriesId: node.seriesId, period: node.period };
}

/** The number again, from its island's props. */
export function DataRefPart({ text = '', statsId = '', seriesId = '', period = '', sentence = '' }: Record<string, string>) {
  return <DataRef node={{ type: 'dataRef', text, statsId, seriesId, period }} sentence={sentence} />;
}

/**
 * A number in the text that belongs to a chart point. Hovering or focusing it
 * highlights the point; activating it scrolls to the chart.
 */
export function DataRef({ node, sentence }: { node: DataRefNode; sentence: string }) {
  const { active, setActive } = useDataHighlight();
  const point = { statsId: node.statsId, seriesId: node.seriesId, period: node.period, source: 'text' as const, sentence };
  const isActive = active?.statsId === node.statsId && active.period === node.period;
  const show = () => setActive(point);
  const hide = () => {
    if (active?.source === 'text') setActive(null);
  };
  return (
    <button
      type="button"
      className={styles.dataRef}
      data-active={isActive}
      data-stats={node.statsId}
      data-period={node.period}
      onMouseEnter={show}
      onFocus={show}
      onMouseLeave={hide}
      onBlur={hide}
      onClick={() => {
        setActive(point);
        document.getElementById(chartElementId(node.statsId))?.scrollIntoView({ block: 'center' });
      }}
    >
      {node.text}
      <span className="visually-hidden"> ({strings.stats.showInChart})</span>
    </button>
  );
}
