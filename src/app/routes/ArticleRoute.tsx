import { useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useLocation, useParams } from 'react-router';
import { JsonLd, PageMeta, siteOrigin } from '../../components/PageMeta';
import { OfflineCopyNotice } from '../../components/OfflineCopyNotice';
import { articlePath, articleQuery } from '../../features/articles/api';
import { newsArticleJsonLd } from '../../features/articles/articleText';
import { ArticleView } from '../../features/articles/components/ArticleView';
import { NewsletterCta } from '../../features/articles/components/NewsletterCta';
import { DataHighlightProvider } from '../../lib/dataHighlight';
import { useAfterPaint } from '../../lib/useAfterPaint';
import { ChartPlaceholder } from '../ChartPlaceholder';
import styles from './ArticleRoute.module.css';

// Only articles with a chart need the statistics figure; Recharts itself loads later still.
const ArticleChart = lazy(() => import('../ArticleChart').then((m) => ({ default: m.ArticleChart })));
// Sharing, tips, comments and the sign-up form come after the article is on screen.
const ArticleEngagement = lazy(() => import('../ArticleEngagement').then((m) => ({ default: m.ArticleEngagement })));
const NewsletterSignup = lazy(() =>
  import('../../features/newsletter/components/NewsletterSignup').then((m) => ({ default: m.NewsletterSignup })),
);

/**
 * Scrolls to #fragment once the element is on the page (a heading or a comment),
 * and keeps it there while parts above it (charts, forms) finish loading,
 * until the reader scrolls by themselves.
 */
function useScrollToFragment(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    const align = () => target.scrollIntoView({ block: 'start' });
    align();
    if (target.tabIndex === -1) target.focus({ preventScroll: true });
    const settle = new ResizeObserver(align);
    settle.observe(document.body);
    const stop = () => {
      settle.disconnect();
      for (const type of READER_SCROLL_EVENTS) window.removeEventListener(type, stop);
    };
    for (const type of READER_SCROLL_EVENTS) window.addEventListener(type, stop, { passive: true });
    const timer = setTimeout(stop, 5000);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [hash, ready]);
}

const READER_SCROLL_EVENTS = ['wheel', 'touchmove', 'keydown', 'mousedown'] as const;

/** A lazily loaded part: its placeholder until the article is painted and while its code loads. */
function AfterPaint({ ready, placeholder, children }: { ready: boolean; placeholder: ReactNode; children: ReactNode }) {
  return ready ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

export function ArticleRoute() {
  const { slug = '' } = useParams();
  const { data: article } = useSuspenseQuery(articleQuery(slug));
  // Charts, forms and comments start once the article itself is on screen.
  const painted = useAfterPaint();
  useScrollToFragment(Boolean(article));
  return (
    <>
      <PageMeta title={article.headline} description={article.lead} path={`/artikel/${article.slug}`} type="article" image={article.hero.src}>
        <meta property="article:published_time" content={article.publishedAt} />
        {article.updatedAt && <meta property="article:modified_time" content={article.updatedAt} />}
        <meta property="article:section" content={article.section.name} />
        <JsonLd data={newsArticleJsonLd(article, siteOrigin())} />
      </PageMeta>
      <OfflineCopyNotice apiPath={articlePath(slug)} />
      <DataHighlightProvider>
        <ArticleView
          article={article}
          slots={{
            chart: (block) => (
              <AfterPaint ready={painted} placeholder={<ChartPlaceholder statsId={block.statsId} caption={block.caption} />}>
                <ArticleChart statsId={block.statsId} caption={block.caption} />
              </AfterPaint>
            ),
            newsletterCta: (block) => (
              <NewsletterCta cta={block}>
                <AfterPaint ready={painted} placeholder={<div className={styles.signupPlaceholder} />}>
                  <NewsletterSignup />
                </AfterPaint>
              </NewsletterCta>
            ),
          }}
          afterBody={
            <AfterPaint ready={painted} placeholder={<div className={styles.engagementPlaceholder} />}>
              <ArticleEngagement article={article} />
            </AfterPaint>
          }
        />
      </DataHighlightProvider>
    </>
  );
}
