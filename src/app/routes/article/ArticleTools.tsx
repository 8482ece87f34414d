import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { articleQuery } from '../../../features/articles/api';
import { useAfterPaint } from '../../../lib/useAfterPaint';
import { ListenPlaceholder, SharePlaceholder } from './ToolPlaceholders';

// Reading aloud and sharing come after the article is on screen.
const ListenControl = lazy(() => import('./ListenControl').then((m) => ({ default: m.ListenControl })));
const ShareButton = lazy(() => import('../../../components/ShareButton').then((m) => ({ default: m.ShareButton })));

/** "Lyssna" in the tools row (an island): its placeholder as the server rendered it, then the control. */
export function ListenPart({ slug }: { slug: string }) {
  const painted = useAfterPaint();
  // The article as the page has it (its loader or the page's state): never asked for again here.
  const { data: article } = useQuery({ ...articleQuery(slug), enabled: false });
  if (!painted || !article) return <ListenPlaceholder />;
  return (
    <Suspense fallback={<ListenPlaceholder />}>
      {/* A new article starts silent: whatever was being read stops. */}
      <ListenControl key={article.slug} article={article} />
    </Suspense>
  );
}

/** "Dela" in the tools row (an island). */
export function SharePart({ title, url }: { title: string; url: string }) {
  const painted = useAfterPaint();
  if (!painted) return <SharePlaceholder />;
  return (
    <Suspense fallback={<SharePlaceholder />}>
      <ShareButton title={title} url={url} />
    </Suspense>
  );
}
