// A list's page in its address (?sida=), apart from the Pagination component, which
// only list pages need: the loaders read the page number on every page.

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
