// The article page as plain HTML: the app's own route tree rendered once with
// react-dom/server, every stylesheet inlined, no script. Served by
// `npm run bench:lighthouse` as the limit the real app is compared with.
import { QueryClientProvider } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { createRoutes } from '../../src/app/routeTree';
import { sectionListQuery } from '../../src/features/articles/api';
import { createQueryClient } from '../../src/lib/queryClient';
import { server as mockApi } from '../../mocks/node.ts';

const stylesheets = import.meta.glob<string>('/src/**/*.css', { query: '?inline', import: 'default', eager: true });

/** Global tokens and resets first, as main.tsx loads them first. */
function inlineCss(): string {
  return Object.entries(stylesheets)
    .sort(([a], [b]) => Number(b.endsWith('/global.css')) - Number(a.endsWith('/global.css')))
    .map(([, css]) => css)
    .join('\n');
}

/** Renders `url` with the data the mock API gives the app. */
export async function renderStaticPage(url: string): Promise<string> {
  mockApi.listen({ onUnhandledRequest: 'error' });
  const queryClient = createQueryClient({ retry: false });
  const { query, dataRoutes } = createStaticHandler(createRoutes(queryClient));
  let context: Awaited<ReturnType<typeof query>>;
  try {
    await queryClient.prefetchQuery(sectionListQuery());
    context = await query(new Request(url));
  } finally {
    mockApi.close();
  }
  if (context instanceof Response) throw new Error(`${url}: HTTP ${context.status}`);
  if (context.errors) throw new Error(`${url}: ${JSON.stringify(context.errors)}`);
  const body = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={createStaticRouter(dataRoutes, context)} context={context} hydrate={false} />
    </QueryClientProvider>,
  );
  return [
    '<!doctype html><html lang="sv"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${inlineCss()}</style></head>`,
    `<body><div id="root">${body}</div></body></html>`,
  ].join('');
}
