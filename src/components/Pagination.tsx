import { Link, useLocation } from 'react-router';
import { strings } from '../lib/strings';
import styles from './Pagination.module.css';

const PAGE_PARAM = 'sida';

/** The page number from ?sida=, or 1 for anything that is not a whole number from 1 up. */
export function pageFromSearch(search: URLSearchParams): number {
  const raw = search.get(PAGE_PARAM);
  if (raw === null || !/^[1-9]\d{0,4}$/.test(raw)) return 1;
  return Number(raw);
}

/** The address of page `page` of a list at `pathname` (page 1 has no parameter). */
export function pagedPath(pathname: string, page: number): string {
  return page > 1 ? `${pathname}?${PAGE_PARAM}=${page}` : pathname;
}

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
