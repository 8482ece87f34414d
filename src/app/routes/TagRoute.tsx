import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { JsonLd, PageMeta } from '../../components/PageMeta';
import { pageFromSearch, pagedPath } from '../../lib/paging';
import { articleListQuery, tagQuery } from '../../features/articles/api';
import { ArticleListPage } from '../../features/articles/components/ArticleListPage';
import { paths } from '../../lib/paths';
import { useSiteSettings } from '../../lib/siteSettings';
import { strings } from '../../lib/strings';
import { collectionPageJsonLd } from '../structuredData';

export function TagRoute() {
  const { tag: id = '' } = useParams();
  const [search] = useSearchParams();
  const page = pageFromSearch(search);
  const { data: tag } = useSuspenseQuery(tagQuery(id));
  const { data: result } = useSuspenseQuery(articleListQuery({ tag: id, page }));
  const title = strings.lists.tag(tag.name);
  const description = `${strings.siteName}: ${title}`;
  const path = pagedPath(paths.tag(id), page);
  const { origin } = useSiteSettings();
  return (
    <>
      <PageMeta title={title} description={description} path={path}>
        <JsonLd data={collectionPageJsonLd({ name: title, description, path, teasers: result.items }, origin)} />
      </PageMeta>
      <ArticleListPage header={<PageHeader title={title} />} result={result} />
    </>
  );
}
