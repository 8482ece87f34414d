import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { Pagination } from '../../components/Pagination';
import { latestArticlesQuery, sectionListQuery } from '../../features/articles/api';
import { TeaserList } from '../../features/articles/components/TeaserList';
import { searchQuery } from '../../features/search/api';
import { SearchForm } from '../../features/search/components/SearchForm';
import { SearchHitList } from '../../features/search/components/SearchHitList';
import { searchUrl, type SearchState } from '../../features/search/searchParams';
import { searchStrings } from '../../features/search/strings';
import styles from './SearchRoute.module.css';

/** The results for a query: how many, the hits, paging; or, with none, the closest spelling that has some. */
function SearchResults({ search }: { search: SearchState }) {
  const { data: result } = useSuspenseQuery(searchQuery(search));
  return (
    <>
      <p className={styles.count} role="status">
        {searchStrings.count(result.total)}
      </p>
      {result.total === 0 ? (
        <div className={styles.noHits}>
          <p>{searchStrings.noHits(search.q)}</p>
          {result.suggestion && (
            <p>
              {searchStrings.didYouMean}{' '}
              <Link to={searchUrl({ ...search, q: result.suggestion, page: 1 })} className={styles.suggestion}>
                {result.suggestion}
              </Link>
              ?
            </p>
          )}
          <p>{searchStrings.noHitsHint}</p>
        </div>
      ) : (
        <SearchHitList hits={result.items} start={(result.page - 1) * result.pageSize + 1} />
      )}
      <Pagination page={search.page} totalPages={result.totalPages} hrefFor={(page) => searchUrl({ ...search, page })} />
    </>
  );
}

/** With no query: what search can do, and the latest articles to start from. */
function SearchStart() {
  const { data: latest } = useSuspenseQuery(latestArticlesQuery());
  return (
    <>
      <p className={styles.help}>{searchStrings.help}</p>
      <section aria-labelledby="sok-senaste">
        <h2 id="sok-senaste" className={styles.latestTitle}>
          {searchStrings.latest}
        </h2>
        <TeaserList teasers={latest.items} headingLevel={3} />
      </section>
    </>
  );
}

export function SearchRoute() {
  const search = useLoaderData() as SearchState;
  const { data: sections } = useSuspenseQuery(sectionListQuery());
  const title = search.q ? searchStrings.resultsTitle(search.q) : searchStrings.pageTitle;
  return (
    <div className={styles.page}>
      <PageMeta title={title} description={searchStrings.pageDescription} path={searchUrl(search)}>
        {/* Result lists change all the time and would crowd out the articles in search engines. */}
        <meta name="robots" content="noindex" />
      </PageMeta>
      <PageHeader title={title} />
      <SearchForm search={search} sections={sections.items} />
      {search.q ? <SearchResults search={search} /> : <SearchStart />}
    </div>
  );
}
