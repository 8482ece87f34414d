import { Link } from 'react-router';
import { strings } from '../../../lib/strings';
import { searchUrl, type SearchState } from '../searchParams';
import styles from './SearchPagination.module.css';

/** Paging as the list pages have it, with links that keep the query and filters. */
export function SearchPagination({ search, totalPages }: { search: SearchState; totalPages: number }) {
  const { page } = search;
  if (totalPages <= 1) return null;
  return (
    <nav className={styles.pagination} aria-label={strings.lists.pagination}>
      {page > 1 ? (
        <Link to={searchUrl({ ...search, page: page - 1 })} rel="prev" className={styles.link}>
          ← {strings.lists.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{strings.lists.page(page, totalPages)}</span>
      {page < totalPages ? (
        <Link to={searchUrl({ ...search, page: page + 1 })} rel="next" className={styles.link}>
          {strings.lists.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
