import { useEffect, useMemo } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import type { DataPoint } from '../../../lib/dataHighlight';
import { formatCompactNumber, formatNumber, formatPeriod } from '../../../lib/format';
import { statsStrings } from '../../../lib/strings.stats';
import { useMediaQuery } from '../../../lib/useMediaQuery';
import { axisTicks, thinRows, type ChartRow } from '../chartState';
import type { StatsSet } from '../schema';
import { markerPath, seriesStyle } from './seriesStyle';
import styles from './StatsFigure.module.css';

/** Above this many points, markers are left out and only dash patterns tell series apart. */
const MAX_MARKED_POINTS = 60;

/**
 * Room to the right of the plot for half of the last tick label, which is centred on
 * the last point: a generous 7.5 px a character at the axis's 0.75rem, plus a little.
 */
function rightMargin(lastTick: string | undefined, least: number): number {
  const label = lastTick ? formatPeriod(lastTick, true) : '';
  return Math.max(least, Math.ceil(label.length * 3.75) + 4);
}

export type TrendChartProps = {
  stats: StatsSet;
  rows: ChartRow[];
  hidden: string[];
  /** A point named by the text, to highlight with its sentence */
  highlight: DataPoint | null;
  onHover: (period: string | null) => void;
  onAnnounce: (text: string) => void;
};

export function describePoint(stats: StatsSet, row: ChartRow | undefined, hidden: string[]): string {
  if (!row) return '';
  const values = stats.series
    .filter((s) => !hidden.includes(s.id))
    .map((s) => {
      const value = row[s.id];
      const text = typeof value === 'number' ? `${formatNumber(value)} ${stats.unit}` : statsStrings.missing;
      return stats.series.length > 1 ? `${s.name} ${text}` : text;
    })
    .join(', ');
  return statsStrings.pointAnnouncement(formatPeriod(row.period), values);
}

type TooltipBoxProps = Pick<TooltipContentProps, 'active' | 'label'> & Omit<TrendChartProps, 'onHover'>;

function TooltipBox({ active, label, stats, rows, hidden, highlight, onAnnounce }: TooltipBoxProps) {
  const row = active ? rows.find((r) => r.period === label) : undefined;
  const text = describePoint(stats, row, hidden);
  useEffect(() => {
    if (text) onAnnounce(text);
  }, [text, onAnnounce]);
  if (!row) return null;
  const fromText = highlight?.source === 'text' && highlight.period === row.period ? highlight.sentence : undefined;
  return (
    <div className={styles.tooltip}>
      <p className={styles.tooltipPeriod}>{formatPeriod(row.period)}</p>
      <ul>
        {stats.series.map((series, index) =>
          hidden.includes(series.id) ? null : (
            <li key={series.id} className={styles[seriesStyle(index).className]}>
              {stats.series.length > 1 && <span>{series.name}: </span>}
              <strong>{typeof row[series.id] === 'number' ? formatNumber(row[series.id] as number) : statsStrings.missing}</strong>
              {typeof row[series.id] === 'number' && ` ${stats.unit}`}
            </li>
          ),
        )}
      </ul>
      {fromText && (
        <p className={styles.tooltipContext}>
          {statsStrings.inText}: ”{fromText}”
        </p>
      )}
    </div>
  );
}

/** The Recharts part of a statistics figure; loaded only when a chart is about to be seen. */
export default function TrendChart(props: TrendChartProps) {
  const { stats, hidden, highlight, onHover } = props;
  const compact = useMediaQuery('(max-width: 30rem)');
  const still = useMediaQuery('(prefers-reduced-motion: reduce)');
  const rows = useMemo(() => thinRows(props.rows, stats.series.find((s) => !hidden.includes(s.id))?.id), [props.rows, stats.series, hidden]);
  const ticks = useMemo(() => axisTicks(rows, compact ? 4 : 8), [rows, compact]);
  const marked = rows.length <= MAX_MARKED_POINTS;
  const highlighted = highlight && highlight.statsId === stats.id ? rows.findIndex((r) => r.period === highlight.period) : -1;
  const highlightRow = rows[highlighted];
  const highlightValue = highlightRow && highlight ? highlightRow[highlight.seriesId] : null;

  return (
    <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height: 360 }}>
      <LineChart
        data={rows}
        // The value axis sizes itself to its labels; two pixels more keep their first glyph from touching the edge.
        margin={{ top: 12, right: rightMargin(ticks.at(-1), compact ? 12 : 24), bottom: 4, left: 2 }}
        onMouseMove={(state) => onHover(state?.activeLabel === undefined ? null : String(state.activeLabel))}
        onMouseLeave={() => onHover(null)}
        title={statsStrings.chartLabel(stats.title)}
      >
        <CartesianGrid vertical={false} />
        <XAxis
          dataKey="period"
          tickFormatter={(period: string) => formatPeriod(period, true)}
          ticks={ticks}
          interval={0}
          tickMargin={6}
        />
        <YAxis
          tickFormatter={(value: number) => (compact ? formatCompactNumber(value) : formatNumber(value))}
          width="auto"
          allowDecimals={false}
          domain={[0, 'auto']}
        />
        {stats.series.map((series, index) => {
          const style = seriesStyle(index);
          return (
            <Line
              key={series.id}
              dataKey={series.id}
              name={series.name}
              hide={hidden.includes(series.id)}
              className={styles[style.className]}
              type="linear"
              strokeWidth={2.5}
              strokeDasharray={style.dash}
              connectNulls={false}
              isAnimationActive={!still}
              dot={
                marked
                  ? ({ cx, cy, index: i }) =>
                      typeof cx === 'number' && typeof cy === 'number' ? (
                        <path key={i} className={`${styles.marker} ${styles[style.className]}`} d={markerPath(style.marker, cx, cy, compact ? 3.5 : 4)} />
                      ) : null
                  : false
              }
              activeDot={({ cx, cy }) =>
                typeof cx === 'number' && typeof cy === 'number' ? (
                  <path className={`${styles.activeMarker} ${styles[style.className]}`} d={markerPath(style.marker, cx, cy, 6.5)} />
                ) : null
              }
            />
          );
        })}
        {highlightRow && (
          <ReferenceLine x={highlightRow.period} className={styles.highlightLine} strokeDasharray="3 3" />
        )}
        {highlightRow && typeof highlightValue === 'number' && highlight && (
          <ReferenceDot x={highlightRow.period} y={highlightValue} r={9} className={styles.highlightDot} />
        )}
        <Tooltip
          key={highlighted >= 0 ? `text-${highlighted}` : 'free'}
          defaultIndex={highlighted >= 0 ? highlighted : undefined}
          active={highlighted >= 0 ? true : undefined}
          allowEscapeViewBox={{ x: false, y: false }}
          isAnimationActive={false}
          cursor={{ className: styles.cursor }}
          content={(tooltip) => <TooltipBox active={tooltip.active} label={tooltip.label} {...props} rows={rows} />}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
