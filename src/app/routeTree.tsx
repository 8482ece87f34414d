import type { QueryClient } from '@tanstack/react-query';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../lib/paths';
import { rootLoader, unknownPathLoader, articleLoader, authorLoader, homeLoader, sectionLoader, statsListLoader, statsLoader, tagLoader } from './loaders';
import { LoadingShell, RootLayout } from './RootLayout';
import { RootError, RouteError } from './RouteError';

/**
 * The route tree. Loaders are static (they start the data at once); route
 * components load lazily, in parallel with the data. Each lazy route names its
 * module in `handle.module`, so that the server can link the built files of the
 * page it renders (its styles before first paint, its code preloaded).
 */
export type RouteHandle = { module: string };

/** The pages of a newsletter e-mail's links: one module (page, error, loader and action), seldom visited, loaded once. */
const newsletterLinkRoute = () => import('./routes/NewsletterLinkRoute');

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      id: 'root',
      loader: rootLoader(queryClient),
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
              handle: { module: 'src/app/routes/HomeRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/HomeRoute')).HomeRoute },
            },
            {
              path: routePatterns.article,
              loader: articleLoader(queryClient),
              handle: { module: 'src/app/routes/article/ArticleRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/article/ArticleRoute')).ArticleRoute },
            },
            {
              path: routePatterns.author,
              loader: authorLoader(queryClient),
              handle: { module: 'src/app/routes/AuthorRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/AuthorRoute')).AuthorRoute },
            },
            {
              path: routePatterns.section,
              loader: sectionLoader(queryClient),
              handle: { module: 'src/app/routes/SectionRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/SectionRoute')).SectionRoute },
            },
            {
              path: routePatterns.tag,
              loader: tagLoader(queryClient),
              handle: { module: 'src/app/routes/TagRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/TagRoute')).TagRoute },
            },
            {
              path: routePatterns.statsList,
              loader: statsListLoader(queryClient),
              handle: { module: 'src/app/routes/StatsListRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/StatsListRoute')).StatsListRoute },
            },
            {
              path: routePatterns.stats,
              loader: statsLoader(queryClient),
              // Chart settings live in the query string; changing them needs no new data.
              shouldRevalidate: ({ currentParams, nextParams, defaultShouldRevalidate }) =>
                currentParams.id !== nextParams.id && defaultShouldRevalidate,
              handle: { module: 'src/app/routes/StatsRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/StatsRoute')).StatsRoute },
            },
            {
              path: routePatterns.newsletter,
              handle: { module: 'src/app/routes/NewsletterRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/NewsletterRoute')).NewsletterRoute },
            },
            ...(['confirm', 'unsubscribe'] as const).map((purpose) => ({
              // A link from a newsletter e-mail: its page reads, its button posts (the action; the server's without JavaScript).
              path: purpose === 'confirm' ? routePatterns.newsletterConfirm : routePatterns.newsletterLeave,
              handle: { module: 'src/app/routes/NewsletterLinkRoute.tsx' },
              lazy: {
                loader: async () => (await newsletterLinkRoute()).newsletterLinkLoader(purpose),
                action: async () => (await newsletterLinkRoute()).newsletterLinkAction(purpose),
                Component: async () => (await newsletterLinkRoute()).NewsletterLinkRoute,
                ErrorBoundary: async () => (await newsletterLinkRoute()).NewsletterLinkError,
              },
            })),
            {
              path: routePatterns.search,
              // The loader is lazy too (search is not part of every page's code); it loads beside the page's.
              handle: { module: 'src/app/routes/SearchRoute.tsx' },
              lazy: {
                loader: async () => (await import('./routes/SearchRoute.loader')).searchLoader(queryClient),
                Component: async () => (await import('./routes/SearchRoute')).SearchRoute,
              },
            },
            {
              // Client-rendered from this device's list; the server sends the page's frame.
              path: routePatterns.saved,
              handle: { module: 'src/app/routes/SavedRoute.tsx' },
              lazy: { Component: async () => (await import('./routes/SavedRoute')).SavedRoute },
            },
            { path: '*', loader: unknownPathLoader },
          ],
        },
      ],
    },
  ];
}
