import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { statsListQuery } from '../../features/stats/api';
import { paths } from '../../lib/paths';
import { strings } from '../../lib/strings';
import { statsStrings } from '../../lib/strings.stats';
import styles from './StatsRoute.module.css';

export function StatsListRoute() {
  const { data } = useSuspenseQuery(statsListQuery());
  return (
    <div className={styles.page}>
      <PageMeta title={strings.stats.pageTitle} description={statsStrings.pageIntro} path={paths.stats()} />
      <PageHeader title={strings.stats.pageTitle} description={statsStrings.pageIntro} />
      <ul className={styles.list}>
        {data.items.map((stats) => (
          <li key={stats.id}>
            <h2>
              <Link to={paths.stats(stats.id)}>{stats.title}</Link>
              {stats.provenance === 'illustrative' && <span className={styles.badge}>{statsStrings.illustrative}</span>}
            </h2>
            <p>{stats.description}</p>
            <p className={styles.meta}>
              {statsStrings.source}: {stats.source.name}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
