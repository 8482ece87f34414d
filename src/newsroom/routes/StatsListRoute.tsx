import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { isApiError } from '../../lib/apiError';
import { formatDate } from '../../lib/format';
import { staffStatsListQuery } from '../api/stats';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import styles from './ArticleListRoute.module.css';

/** /redaktion/statistik: the statistics sets, each to edit. */
export function StatsListRoute() {
  const list = useQuery(staffStatsListQuery);
  return (
    <>
      <div className={styles.heading}>
        <h1 tabIndex={-1}>{strings.stats.title}</h1>
        <Link to="/statistik/ny" className={ui.primary}>
          {strings.stats.newSet}
        </Link>
      </div>
      <p>{strings.stats.intro}</p>
      {list.isError ? (
        <p className={ui.alert} role="alert">
          {isApiError(list.error) && list.error.status === 403 ? strings.errors.forbidden : strings.errors.generic}{' '}
          <button type="button" className={ui.small} onClick={() => void list.refetch()}>
            {strings.errors.retry}
          </button>
        </p>
      ) : !list.data ? (
        <p>{strings.loading}</p>
      ) : list.data.items.length === 0 ? (
        <p>{strings.stats.empty}</p>
      ) : (
        <ul className={styles.articles}>
          {list.data.items.map((set) => (
            <li key={set.id} className={styles.article}>
              <Link to={`/statistik/${set.id}`} className={styles.headline}>
                {set.title}
              </Link>
              <span className={styles.status} data-status={set.provenance === 'official' ? 'published' : 'review'}>
                {set.provenance === 'official' ? strings.stats.official : strings.stats.illustrativeLabel}
              </span>
              <span className={styles.meta}>
                {strings.stats.updated} {formatDate(set.updatedAt)} · /statistik/{set.id}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
