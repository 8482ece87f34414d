import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageMeta } from '../../components/PageMeta';
import { pageFromSearch } from '../../components/Pagination';
import { articleListQuery, sectionListQuery } from '../../features/articles/api';
import { ArticleListPage, ListHeader } from '../ArticleListPage';

export function SectionRoute() {
  const { section: id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: sections } = useSuspenseQuery(sectionListQuery());
  const { data: result } = useSuspenseQuery(articleListQuery({ section: id, page }));
  const section = sections.items.find((s) => s.id === id);
  const name = section?.name ?? id;
  return (
    <>
      <PageMeta title={name} description={section?.description ?? name} path={`/sektion/${id}${page > 1 ? `?sida=${page}` : ''}`} />
      <ArticleListPage header={<ListHeader title={name} description={section?.description} />} result={result} />
    </>
  );
}
