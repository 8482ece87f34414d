import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { JsonLd, PageMeta } from '../../components/PageMeta';
import { pageFromSearch, pagedPath } from '../../lib/paging';
import { articleListQuery, sectionListQuery } from '../../features/articles/api';
import { ArticleListPage } from '../../features/articles/components/ArticleListPage';
import { paths } from '../../lib/paths';
import { useSiteSettings } from '../../lib/siteSettings';
import { strings } from '../../lib/strings';
import { collectionPageJsonLd } from '../structuredData';

export function SectionRoute() {
  const { section: id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: sections } = useSuspenseQuery(sectionListQuery());
  const { data: result } = useSuspenseQuery(articleListQuery({ section: id, page }));
  const section = sections.items.find((s) => s.id === id);
  const name = section?.name ?? id;
  const description = section?.description ?? name;
  const path = pagedPath(paths.section(id), page);
  const { origin } = useSiteSettings();
  return (
    <>
      <PageMeta title={name} description={description} path={path} feed={{ path: paths.feed(id), title: strings.lists.sectionFeed(name) }}>
        <JsonLd data={collectionPageJsonLd({ name, description, path, teasers: result.items }, origin)} />
      </PageMeta>
      <ArticleListPage header={<PageHeader title={name} description={section?.description} />} result={result} />
    </>
  );
}
