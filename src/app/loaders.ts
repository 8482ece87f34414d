import type { QueryClient } from '@tanstack/react-query';
import { data, type LoaderFunctionArgs } from 'react-router';
import { pageFromSearch } from '../lib/paging';
import { articleListQuery, articleQuery, latestArticlesQuery, sectionListQuery, tagQuery } from '../features/articles/api';
import { authorQuery } from '../features/authors/api';
import { preloadTrendChart, statsListQuery, statsQuery } from '../features/stats/api';
import { isApiError } from '../lib/apiError';
import { SLUG_PATTERN } from '../lib/paths';

// Loaders live in the main chunk, apart from the route components, so that a
// route's data is requested at once, in parallel with its lazily loaded code.

function notFound(): never {
  throw data(null, { status: 404 });
}

/** An article the newsroom has taken down: 410 Gone, in HTTP too. */
function removed(): never {
  throw data(null, { status: 410 });
}

/** Any address the app does not have: a 404 (in HTTP too), shown by the route error boundary. */
export const unknownPathLoader = () => notFound();

/** The route parameter if it is a well-formed slug; anything else is a 404 without a request. */
function slugParam(value: string | undefined): string {
  if (!value || !SLUG_PATTERN.test(value)) notFound();
  return value;
}

async function ensure<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isApiError(error) && error.isNotFound) notFound();
    if (isApiError(error) && error.kind === 'http' && error.status === 410) removed();
    throw error;
  }
}

const pageOf = (request: Request) => pageFromSearch(new URL(request.url).searchParams);

/**
 * Data a page shows but does not depend on (the masthead's sections, an article's
 * charts): in the browser it comes when it comes; on the server the HTML waits for it,
 * since readers without scripts and crawlers get nothing later. A failure never fails the page.
 */
async function sideData(prefetches: Promise<void>[]): Promise<void> {
  if (import.meta.env.SSR) await Promise.all(prefetches);
}

export const rootLoader = (queryClient: QueryClient) => async () => {
  await sideData([queryClient.prefetchQuery(sectionListQuery())]);
  return null;
};

export const homeLoader = (queryClient: QueryClient) => async () => {
  await ensure(queryClient.ensureQueryData(latestArticlesQuery()));
  return null;
};

export const articleLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const article = await ensure(queryClient.ensureQueryData(articleQuery(slugParam(params.slug))));
    // Chart data is fetched now, without holding up the article; the chart's code comes
    // once the article is on screen (ArticleRoute), and Recharts once the chart is near.
    const charts = article.body.filter((block) => block.type === 'chart');
    await sideData(charts.map((block) => queryClient.prefetchQuery(statsQuery(block.statsId))));
    return null;
  };

export const authorLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = slugParam(params.id);
    await Promise.all([
      ensure(queryClient.ensureQueryData(authorQuery(id))),
      ensure(queryClient.ensureQueryData(articleListQuery({ author: id, page: pageOf(request) }))),
    ]);
    return null;
  };

export const sectionLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = slugParam(params.section);
    const [sections] = await Promise.all([
      ensure(queryClient.ensureQueryData(sectionListQuery())),
      ensure(queryClient.ensureQueryData(articleListQuery({ section: id, page: pageOf(request) }))),
    ]);
    if (!sections.items.some((s) => s.id === id)) notFound();
    return null;
  };

export const tagLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const id = slugParam(params.tag);
    await Promise.all([
      ensure(queryClient.ensureQueryData(tagQuery(id))),
      ensure(queryClient.ensureQueryData(articleListQuery({ tag: id, page: pageOf(request) }))),
    ]);
    return null;
  };

export const statsListLoader = (queryClient: QueryClient) => async () => {
  await ensure(queryClient.ensureQueryData(statsListQuery()));
  return null;
};

export const statsLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    // The chart code is needed at once here: fetch it in parallel with the data.
    void preloadTrendChart();
    await ensure(queryClient.ensureQueryData(statsQuery(slugParam(params.id))));
    return null;
  };
