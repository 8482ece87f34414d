import { useQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import { isApiError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/format';
import { articleListQuery } from '../api/articles';
import { STATUSES } from '../api/schemas';
import ui from '../components/ui.module.css';
import { strings, type StatusKey } from '../strings';
import { listFilter } from './articleListLoader';
import styles from './ArticleListRoute.module.css';

const FILTERS: StatusKey[] = ['all', ...STATUSES];

/** /redaktion: every article the staff member may work on, by status, searchable by headline. */
export function ArticleListRoute() {
  const [params] = useSearchParams();
  const filter = listFilter(params);
  const list = useQuery(articleListQuery(filter));
  const current: StatusKey = filter.status ?? 'all';
  const linkTo = (status: StatusKey) => {
    const next = new URLSearchParams();
    if (status !== 'all') next.set('status', status);
    if (filter.q) next.set('q', filter.q);
    const query = next.toString();
    return query ? `/?${query}` : '/';
  };

  return (
    <>
      <div className={styles.heading}>
        <h1 tabIndex={-1}>{strings.list.title}</h1>
        <Link to="/artiklar/ny" className={ui.primary}>
          {strings.list.newArticle}
        </Link>
      </div>
      <div className={styles.tools}>
        <nav aria-label={strings.list.filter}>
          <ul className={styles.filters}>
            {FILTERS.map((status) => (
              <li key={status}>
                <Link to={linkTo(status)} aria-current={status === current ? 'page' : undefined} className={styles.filter}>
                  {strings.statuses[status]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <Form role="search" action="/" className={styles.search}>
          {filter.status && <input type="hidden" name="status" value={filter.status} />}
          <label htmlFor="sok-rubrik">{strings.list.search}</label>
          <div className={ui.row}>
            <input id="sok-rubrik" type="search" name="q" defaultValue={filter.q ?? ''} key={filter.q ?? ''} />
            <button type="submit" className={ui.secondary}>
              {strings.list.searchButton}
            </button>
          </div>
        </Form>
      </div>
      {list.isError ? (
        <p role="alert" className={ui.alert}>
          {isApiError(list.error) && list.error.status === 403 ? strings.list.noAccess : strings.errors.generic}
        </p>
      ) : !list.data ? (
        <p role="status">{strings.loading}</p>
      ) : (
        <>
          <p className={styles.count} role="status">
            {strings.list.count(list.data.items.length)}
          </p>
          {list.data.items.length === 0 ? (
            <p>{strings.list.empty}</p>
          ) : (
            <ul className={styles.articles}>
              {list.data.items.map((item) => (
                <li key={item.id} className={styles.article}>
                  <Link to={`/artiklar/${item.id}`} className={styles.headline}>
                    {item.headline}
                  </Link>
                  <span className={styles.status} data-status={item.status}>
                    {strings.statuses[item.status]}
                  </span>
                  <span className={styles.meta}>
                    {item.status === 'scheduled' && item.scheduledAt ? strings.list.scheduledFor(formatDateTime(item.scheduledAt)) : `${strings.list.modified} ${formatDateTime(item.modifiedAt)}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
