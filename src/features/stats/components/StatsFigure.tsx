import { lazy, Suspense, useEffect, useId, useMemo, useRef, useState } from 'react';
import { chartElementId, useDataHighlight } from '../../../lib/dataHighlight';
import { formatDate, formatPercentChange, formatPeriod, formatSignedNumber } from '../../../lib/format';
import { safeHref } from '../../../lib/safeHref';
import { strings } from '../../../lib/strings';
import { statsStrings } from '../../../lib/strings.stats';
import { usePrinting } from '../../../lib/usePrinting';
import { chartRows, seriesChange, type ChartState } from '../chartState';
import { csvHref, statsCsv } from '../csv';
import type { StatsSet } from '../schema';
import { ChartControls } from './ChartControls';
import { StatsTable } from './StatsTable';
import styles from './StatsFigure.module.css';

const TrendChart = lazy(() => import('./TrendChart'));

/** Up to this many rows the table is always in the page (hidden); longer ones join it when printing. */
const ALWAYS_TABLED = 200;

/**
 * True once the element is within `margin` of the viewport (or, if eager, once the
 * page is interactive). Never on the first render: the server renders the chart's
 * placeholder, and hydration must render the same before the chart's code loads.
 */
function useNearViewport(eager: boolean, margin = '400px') {
  const ref = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (near) return;
    if (eager) {
      setNear(true);
      return;
    }
    if (!ref.current) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setNear(true);
    }, { rootMargin: margin });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [near, eager, margin]);
  return { ref, near };
}

type StatsFigureProps = {
  stats: StatsSet;
  state: ChartState;
  onStateChange: (next: ChartState) => void;
  /** Load the chart code at once instead of when it nears the viewport */
  eager?: boolean;
  /** Size of the plot: beside article text, or the whole page width */
  size?: 'article' | 'full';
  headingLevel?: 1 | 2;
};

/** The source, linked only if its address is a web address. */
function SourceLink({ source }: { source: StatsSet['source'] }) {
  const link = safeHref(source.url);
  if (link?.kind !== 'external' || link.href.startsWith('mailto:')) return <>{source.name}</>;
  return (
    <a href={link.href} rel="noopener noreferrer">
      {source.name}
    </a>
  );
}

export function StatsFigure({ stats, state, onStateChange, eager = false, size = 'article', headingLevel = 2 }: StatsFigureProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const titleId = useId();
  const { active, setActive } = useDataHighlight();
  const [announcement, setAnnouncement] = useState('');
  const printing = usePrinting();
  const { ref, near } = useNearViewport(eager);
  const rows = useMemo(() => chartRows(stats, state), [stats, state]);
  const csv = useMemo(() => csvHref(statsCsv(stats, state)), [stats, state]);
  const highlight = active?.statsId === stats.id ? active : null;
  const visibleSeries = stats.series.filter((s) => !state.hidden.includes(s.id));

  const onHover = (period: string | null) => {
    if (period === null) {
      if (active?.source === 'chart') setActive(null);
    } else if (active?.period !== period || active.statsId !== stats.id) {
      setActive({ statsId: stats.id, seriesId: visibleSeries[0]?.id ?? '', period, source: 'chart' });
    }
  };

  return (
    <figure id={chartElementId(stats.id)} className={`${styles.figure} ${styles[size]}`} aria-labelledby={titleId}>
      <div className={styles.header}>
        <Heading id={titleId} className={styles.title} tabIndex={headingLevel === 1 ? -1 : undefined}>
          {stats.title}
        </Heading>
        {stats.provenance === 'illustrative' && <span className={styles.badge}>{statsStrings.illustrative}</span>}
      </div>
      <p className={styles.description}>{stats.description}</p>
      <ChartControls stats={stats} state={state} onChange={onStateChange} />
      <ul className={styles.changes}>
        {visibleSeries.map((series) => {
          const change = seriesChange(rows, series.id);
          if (!change) return null;
          return (
            <li key={series.id}>
              {statsStrings.change(formatPeriod(change.from), formatPeriod(change.to))}
              {stats.series.length > 1 && ` (${series.name})`}:{' '}
              <strong>
                {formatSignedNumber(change.absolute)}
                {change.ratio !== null && ` (${formatPercentChange(change.ratio)})`}
              </strong>
            </li>
          );
        })}
      </ul>
      {state.view === 'diagram' && (
        <div ref={ref} className={styles.plot} data-print="hide">
          {near ? (
            <Suspense fallback={<p className={styles.plotLoading}>{strings.stats.loading}</p>}>
              <TrendChart stats={stats} rows={rows} hidden={state.hidden} highlight={highlight} onHover={onHover} onAnnounce={setAnnouncement} />
            </Suspense>
          ) : (
            <p className={styles.plotLoading}>{strings.stats.loading}</p>
          )}
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {(state.view === 'tabell' || printing || rows.length <= ALWAYS_TABLED) && <StatsTable stats={stats} rows={rows} hidden={state.view !== 'tabell'} />}
      <figcaption className={styles.caption}>
        <p>
          {statsStrings.source}: <SourceLink source={stats.source} />
          . {statsStrings.updated} <time dateTime={stats.updatedAt}>{formatDate(stats.updatedAt)}</time>.
        </p>
        {stats.notes.length > 0 && (
          <ul className={styles.notes} aria-label={statsStrings.notes}>
            {stats.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        )}
        <a className={styles.download} href={csv} download={`${stats.id}.csv`} data-print="hide">
          {statsStrings.download}
        </a>
      </figcaption>
    </figure>
  );
}

