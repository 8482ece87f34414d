import { useSuspenseQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/PageMeta';
import { statsQuery } from '../../features/stats/api';
import { chartStateFromSearch, chartStateToSearch, type ChartState } from '../../features/stats/chartState';
import { StatsFigure } from '../../features/stats/components/StatsFigure';
import { paths } from '../../lib/paths';
import { statsStrings } from '../../lib/strings.stats';
import styles from './StatsRoute.module.css';

/** One chart, full width; its view, range and series live in the query string. */
export function StatsRoute() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const { data: stats } = useSuspenseQuery(statsQuery(id));
  // Parsed once per query string, so the figure's derived rows are not rebuilt on every render.
  const query = search.toString();
  const state = useMemo(() => chartStateFromSearch(stats, new URLSearchParams(query)), [stats, query]);
  const onStateChange = (next: ChartState) =>
    setSearch(chartStateToSearch(stats, next), { preventScrollReset: true, state: { keepFocus: true } });
  return (
    <div className={styles.page}>
      <PageMeta title={stats.title} description={stats.description} path={paths.stats(stats.id)} />
      <p className={styles.back}>
        <Link to={paths.stats()}>← {statsStrings.allStats}</Link>
      </p>
      <StatsFigure stats={stats} state={state} onStateChange={onStateChange} eager size="full" headingLevel={1} />
    </div>
  );
}
