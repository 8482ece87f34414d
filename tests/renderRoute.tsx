import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createRoutes } from '../src/app/routeTree';
import { createQueryClient } from '../src/lib/queryClient';

/**
 * Renders the app's real route tree (loaders, lazy components, error
 * boundaries) in a memory router at `path`, with a fresh query cache.
 */
export function renderRoute(path: string, { productionRetries = false } = {}) {
  // Retries are off unless a test is about the retry policy itself.
  const queryClient = productionRetries ? createQueryClient() : createQueryClient({ retry: false });
  const router = createMemoryRouter(createRoutes(queryClient), { initialEntries: [path] });
  // The window's address is the route's, as in the browser (parts that hydrate as islands read the fragment from it).
  window.history.replaceState(null, '', path);
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router, queryClient, user };
}
