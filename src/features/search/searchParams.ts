import { pageFromSearch } from '../../lib/paging';
import { paths, SLUG_PATTERN } from '../../lib/paths';
import { MAX_QUERY_LENGTH } from './limits';
import type { SearchSort } from './schema';

/** A search as the results page's address holds it: `/sok?q=…&sektion=…&ar=…&sortering=…&sida=…`. */
export type SearchState = { q: string; section?: string; year?: number; sort: SearchSort; page: number };

const SORT_WORDS: Record<SearchSort, string> = { relevance: 'relevans', newest: 'nyast' };

/** The query, cut at the API's limit; white space at the ends means nothing. */
export function cleanQuery(raw: string): string {
  return raw.slice(0, MAX_QUERY_LENGTH).trim();
}

/** The search in an address; anything malformed falls back to its default (no filter, by relevance, page 1). */
export function searchFromUrl(params: URLSearchParams): SearchState {
  const section = params.get('sektion') ?? '';
  const year = params.get('ar') ?? '';
  return {
    q: cleanQuery(params.get('q') ?? ''),
    section: SLUG_PATTERN.test(section) ? section : undefined,
    year: /^\d{4}$/.test(year) ? Number(year) : undefined,
    sort: params.get('sortering') === SORT_WORDS.newest ? 'newest' : 'relevance',
    page: pageFromSearch(params),
  };
}

/** The address of a search; defaults are left out, so a plain query reads `/sok?q=…`. */
export function searchUrl({ q, section, year, sort = 'relevance', page = 1 }: Partial<SearchState>): string {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (section) params.set('sektion', section);
  if (year) params.set('ar', String(year));
  if (sort !== 'relevance') params.set('sortering', SORT_WORDS[sort]);
  // The page parameter the list pages use (components/Pagination).
  if (page > 1) params.set('sida', String(page));
  const query = params.toString();
  return query ? `${paths.search}?${query}` : paths.search;
}

/** The words the sort is written with in the address, for the form's options. */
export const sortWords = SORT_WORDS;
