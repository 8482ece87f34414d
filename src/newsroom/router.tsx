import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type LoaderFunctionArgs } from 'react-router';
import { sessionQuery } from './api/session';
import { NewsroomError } from './components/NewsroomError';
import { StaffLayout } from './components/StaffLayout';
import { NewsroomLoading, NewsroomRoot } from './components/NewsroomRoot';
import { articleListLoader } from './routes/articleListLoader';
import { auditLoader, staffLoader } from './routes/adminLoaders';
import { editorLoader } from './routes/editorLoader';
import { moderationLoader } from './routes/moderationLoader';
import { statsEditorLoader, statsListLoader } from './routes/statsLoaders';
import { newsletterLoader } from './routes/newsletterLoader';

const BASENAME = '/redaktion';
const SIGN_IN_PATH = '/logga-in';

/** Where a signed-out visit came from, inside the newsroom, to go back to after signing in. */
export function signInPath(url: URL): string {
  const back = url.pathname.slice(BASENAME.length) + url.search;
  return back && back !== '/' ? `${SIGN_IN_PATH}?tillbaka=${encodeURIComponent(back)}` : SIGN_IN_PATH;
}

/**
 * Every page but the sign-in page needs a signed-in staff member; the server checks each request anyway.
 * Loaders run side by side: each page's own loader asks too, and reads nothing for a visitor signed out.
 */
const requireStaff = (queryClient: QueryClient) => async ({ request }: LoaderFunctionArgs) => {
  const staff = await queryClient.ensureQueryData(sessionQuery);
  if (!staff) throw redirect(signInPath(new URL(request.url)));
  return staff;
};

/** The routes, created once outside React; data starts loading beside the route's code. */
export function createNewsroomRouter(queryClient: QueryClient) {
  return createBrowserRouter(
    [
      {
        path: '/',
        Component: NewsroomRoot,
        HydrateFallback: NewsroomLoading,
        ErrorBoundary: NewsroomError,
        children: [
          {
            path: 'logga-in',
            loader: async () => ((await queryClient.ensureQueryData(sessionQuery)) ? redirect('/') : null),
            lazy: { Component: async () => (await import('./routes/SignInRoute')).SignInRoute },
          },
          {
            id: 'staff',
            loader: requireStaff(queryClient),
            Component: StaffLayout,
            ErrorBoundary: NewsroomError,
            children: [
              {
                index: true,
                loader: articleListLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/ArticleListRoute')).ArticleListRoute },
              },
              {
                path: 'artiklar/:id',
                loader: editorLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/EditorRoute')).EditorRoute },
              },
              {
                path: 'kommentarer',
                loader: moderationLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/ModerationRoute')).ModerationRoute },
              },
              {
                path: 'personal',
                loader: staffLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/StaffRoute')).StaffRoute },
              },
              {
                path: 'logg',
                loader: auditLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/AuditRoute')).AuditRoute },
              },
              {
                path: 'statistik',
                loader: statsListLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/StatsListRoute')).StatsListRoute },
              },
              {
                path: 'statistik/:id',
                loader: statsEditorLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/StatsEditorRoute')).StatsEditorRoute },
              },
              {
                path: 'nyhetsbrev',
                loader: newsletterLoader(queryClient),
                lazy: { Component: async () => (await import('./routes/NewsletterRoute')).NewsletterRoute },
              },
            ],
          },
          { path: '*', loader: () => redirect('/') },
        ],
      },
    ],
    { basename: BASENAME },
  );
}
