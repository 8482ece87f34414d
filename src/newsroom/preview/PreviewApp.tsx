import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, StrictMode, Suspense, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { z } from 'zod/mini';
import { articleSchema, type Article } from '../../features/articles/schema';
import { ArticleView } from '../../features/articles/components/ArticleView';
import { ChartPlaceholder } from '../../features/stats/components/ChartPlaceholder';
import { DataHighlightProvider } from '../../lib/dataHighlight';
import { loadHyphenation } from '../../lib/hyphenate';
import { createQueryClient } from '../../lib/queryClient';
import { strings } from '../strings';
import { DRAFT, READY } from './previewMessages';
// The reader's page styles, in this frame's document only.
import '../../app/global.css';
import styles from './PreviewApp.module.css';

const ArticleChart = lazy(() => import('../../features/stats/components/ArticleChart').then((m) => ({ default: m.ArticleChart })));

/** A draft's picture may lack its credit and alt text: the preview shows it as it is. */
const draftImage = z.object({ ...articleSchema.shape.hero.shape, credit: z.object({ name: z.string(), agency: z.optional(z.string()) }) });
const draftSchema = z.object({ ...articleSchema.shape, hero: draftImage, image: draftImage });

/** The draft the editor (this frame's parent, same origin) sends; anything else is ignored. */
function useDraft(): Article | undefined {
  const [article, setArticle] = useState<Article>();
  useEffect(() => {
    const receive = (event: MessageEvent) => {
      if (event.origin !== window.location.origin || event.source !== window.parent) return;
      const data: unknown = event.data;
      if (!data || typeof data !== 'object' || !('type' in data) || data.type !== DRAFT || !('article' in data)) return;
      const parsed = draftSchema.safeParse(data.article);
      if (parsed.success) setArticle(parsed.data);
    };
    window.addEventListener('message', receive);
    window.parent.postMessage({ type: READY }, window.location.origin);
    return () => window.removeEventListener('message', receive);
  }, []);
  return article;
}

function PreviewPage() {
  const article = useDraft();
  if (!article) return <p role="status">{strings.preview.waiting}</p>;
  return (
    // A link in the preview goes nowhere: the frame stays on the draft.
    <main id="innehall" className={styles.main} onClickCapture={(event) => event.target instanceof Element && event.target.closest('a') && event.preventDefault()}>
      <DataHighlightProvider>
        <ArticleView
          article={article}
          slots={{
            chart: (block) => (
              <Suspense fallback={<ChartPlaceholder statsId={block.statsId} caption={block.caption} />}>
                <ArticleChart statsId={block.statsId} caption={block.caption} />
              </Suspense>
            ),
          }}
        />
      </DataHighlightProvider>
    </main>
  );
}

/** The preview frame's own small app: the reader's article page components, outside the newsroom's routes. */
export function startPreview(root: HTMLElement): void {
  void loadHyphenation();
  const queryClient = createQueryClient();
  const router = createMemoryRouter([{ path: '*', Component: PreviewPage }]);
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
  document.documentElement.dataset.app = 'started';
}
