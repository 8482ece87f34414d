import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { articleLoader, authorLoader, homeLoader, sectionLoader, statsListLoader, statsLoader, tagLoader } from './loaders';
import { LoadingShell, RootLayout } from './RootLayout';
import { NotFoundPage } from './NotFoundPage';
import { RootError, RouteError } from './RouteError';

/**
 * The route tree. Loaders are static (they start the data at once); route
 * components load lazily, in parallel with the data.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      Component: RootLayout,
      ErrorBoundary: RootError,
      HydrateFallback: LoadingShell,
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            {
              index: true,
              loader: homeLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/HomeRoute')).HomeRoute },
            },
            {
              path: 'artikel/:slug',
              loader: articleLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/ArticleRoute')).ArticleRoute },
            },
            {
              path: 'skribent/:id',
              loader: authorLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/AuthorRoute')).AuthorRoute },
            },
            {
              path: 'sektion/:section',
              loader: sectionLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/SectionRoute')).SectionRoute },
            },
            {
              path: 'amne/:tag',
              loader: tagLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/TagRoute')).TagRoute },
            },
            {
              path: 'statistik',
              loader: statsListLoader(queryClient),
              lazy: { Component: async () => (await import('./routes/StatsListRoute')).StatsListRoute },
            },
            {
              path: 'statistik/:id',
              loader: statsLoader(queryClient),
              // Chart settings live in the query string; changing them needs no new data.
              shouldRevalidate: ({ currentParams, nextParams, defaultShouldRevalidate }) =>
                currentParams.id !== nextParams.id && defaultShouldRevalidate,
              lazy: { Component: async () => (await import('./routes/StatsRoute')).StatsRoute },
            },
            {
              path: 'nyhetsbrev',
              lazy: { Component: async () => (await import('./routes/NewsletterRoute')).NewsletterRoute },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ];
}
