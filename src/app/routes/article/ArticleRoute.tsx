import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { Island } from '../../../components/Island';
import { JsonLd, PageMeta } from '../../../components/PageMeta';
import { OfflineCopyNotice } from '../../../components/OfflineCopyNotice';
import { SaveButton } from '../../../components/SaveButton';
import { articlePath, articleQuery } from '../../../features/articles/api';
import { newsArticleJsonLd } from '../../../features/articles/articleText';
import { ArticleView } from '../../../features/articles/components/ArticleView';
import { NewsletterCta } from '../../../features/articles/components/NewsletterCta';
import { ArticleChartBlock } from '../../../features/stats/components/ArticleChartBlock';
import { DataHighlightProvider } from '../../../lib/dataHighlight';
import { previewImage } from '../../../lib/previewImage';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { useSiteSettings } from '../../../lib/siteSettings';
import { ListenPart, SharePart } from './ArticleTools';
import { EngagementPart, SignupPart } from './LaterParts';
import { useScrollToFragment } from './useScrollToFragment';

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  const { origin } = useSiteSettings();
  useScrollToFragment(Boolean(article));
  const shareUrl = new URL(paths.article(article.slug), origin).href;
  return (
    <>
      <PageMeta title={article.headline} description={article.lead} path={paths.article(article.slug)} type="article"
        image={previewImage(article.hero)}
        feed={{ path: paths.feed(article.section.id), title: strings.lists.sectionFeed(article.section.name) }}
      >
        <meta property="article:published_time" content={article.publishedAt} />
        {article.updatedAt && <meta property="article:modified_time" content={article.updatedAt} />}
        <meta property="article:section" content={article.section.name} />
        {article.tags.map((tag) => (
          <meta key={tag.id} property="article:tag" content={tag.name} />
        ))}
        <JsonLd data={newsArticleJsonLd(article, origin)} />
      </PageMeta>
      <OfflineCopyNotice apiPath={articlePath(slug)} />
      <DataHighlightProvider>
        <ArticleView
          article={article}
          tools={{
            start: (
              <>
                <Island name="listen" props={{ slug: article.slug }}>
                  <ListenPart slug={article.slug} />
                </Island>
                <SaveButton slug={article.slug} headline={article.headline} />
              </>
            ),
            end: (
              <Island name="share" props={{ title: article.headline, url: shareUrl }}>
                <SharePart title={article.headline} url={shareUrl} />
              </Island>
            ),
          }}
          slots={{
            chart: (block) => <ArticleChartBlock statsId={block.statsId} caption={block.caption} />,
            newsletterCta: (block) => (
              <NewsletterCta cta={block}>
                <Island name="signup" props={{}}>
                  <SignupPart />
                </Island>
              </NewsletterCta>
            ),
          }}
          afterBody={
            <Island name="engagement" props={{ slug: article.slug, comments: article.commentsEnabled ? 'open' : 'closed' }}>
              <EngagementPart slug={article.slug} comments={article.commentsEnabled ? 'open' : 'closed'} />
            </Island>
          }
        />
      </DataHighlightProvider>
    </>
  );
}
