import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { JsonLd, PageMeta } from '../../components/PageMeta';
import { pageFromSearch } from '../../lib/paging';
import { articleListQuery } from '../../features/articles/api';
import { authorQuery } from '../../features/authors/api';
import { AuthorProfile } from '../../features/authors/components/AuthorProfile';
import { ArticleListPage } from '../../features/articles/components/ArticleListPage';
import { paths } from '../../lib/paths';
import { useSiteSettings } from '../../lib/siteSettings';
import { strings } from '../../lib/strings';
import { profilePageJsonLd } from '../structuredData';

export function AuthorRoute() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: author } = useSuspenseQuery(authorQuery(id));
  const { data: result } = useSuspenseQuery(articleListQuery({ author: id, page }));
  const { origin } = useSiteSettings();
  return (
    <>
      <PageMeta title={strings.author.authorPage(author.name)} description={author.bio} path={paths.author(id)} type="profile">
        <JsonLd data={profilePageJsonLd(author, result.items, origin)} />
      </PageMeta>
      <ArticleListPage header={<AuthorProfile author={author} />} listTitle={strings.author.articlesBy(author.name)} result={result} />
    </>
  );
}
