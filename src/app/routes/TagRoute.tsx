import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/PageMeta';
import { pageFromSearch } from '../../components/Pagination';
import { articleListQuery, tagQuery } from '../../features/articles/api';
import { strings } from '../../lib/strings';
import { ArticleListPage, ListHeader } from '../ArticleListPage';

export function TagRoute() {
  const { tag: id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: tag } = useSuspenseQuery(tagQuery(id));
  const { data: result } = useSuspenseQuery(articleListQuery({ tag: id, page }));
  const title = strings.lists.tag(tag.name);
  return (
    <>
      <PageMeta title={title} description={`${strings.siteName}: ${title}`} path={`/amne/${id}${page > 1 ? `?sida=${page}` : ''}`} />
      <ArticleListPage header={<ListHeader title={title} />} result={result} />
    </>
  );
}
