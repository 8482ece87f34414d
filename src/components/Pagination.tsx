import { Link, useLocation } from 'react-router';
import { pagedPath } from '../lib/paging';
import { strings } from '../lib/strings';
import styles from './Pagination.module.css';

type PaginationProps = {
  page: number;
  totalPages: number;
  /** Each page's address, where the list keeps more in its query than the page (search); else ?sida= on this path. */
  hrefFor?: (page: number) => string;
};

export function Pagination({ page, totalPages, hrefFor }: PaginationProps) {
  const { pathname } = useLocation();
  if (totalPages <= 1) return null;
  const href = hrefFor ?? ((n: number) => pagedPath(pathname, n));
  return (
    <nav className={styles.pagination} aria-label={strings.lists.pagination}>
      {page > 1 ? (
        <Link to={href(page - 1)} rel="prev" className={styles.link}>
          ← {strings.lists.previous}
        </Link>
      ) : (
        <span />
      )}
      <span aria-current="page">{strings.lists.page(page, totalPages)}</span>
      {page < totalPages ? (
        <Link to={href(page + 1)} rel="next" className={styles.link}>
          {strings.lists.next} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
