// Rendered once by `vite build` (vite.config.ts) into index.html's #root: the masthead
// and the page skeleton appear as soon as the HTML and CSS have arrived, before the
// app's code. React's first render (the router's HydrateFallback) is the same markup.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createQueryClient } from '../lib/queryClient';
import { LoadingShell } from './RootLayout';

export function renderShell(): string {
  const router = createMemoryRouter([{ path: '*', Component: LoadingShell }]);
  return renderToString(
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
}
