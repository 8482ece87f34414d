import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/PageMeta';
import { pageFromSearch } from '../../components/Pagination';
import { articleListQuery } from '../../features/articles/api';
import { authorQuery } from '../../features/authors/api';
import { AuthorProfile } from '../../features/authors/components/AuthorProfile';
import { strings } from '../../lib/strings';
import { ArticleListPage } from '../ArticleListPage';

export function AuthorRoute() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: author } = useSuspenseQuery(authorQuery(id));
  const { data: result } = useSuspenseQuery(articleListQuery({ author: id, page }));
  return (
    <>
      <PageMeta title={strings.author.authorPage(author.name)} description={author.bio} path={`/skribent/${id}`} type="profile" />
      <ArticleListPage header={<AuthorProfile author={author} />} listTitle={strings.author.articlesBy(author.name)} result={result} />
    </>
  );
}
