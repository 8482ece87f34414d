import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { queryClient, router } from './app/router';
import { releaseApiRequests } from './lib/apiClient';
import { applyTheme, readTheme } from './lib/theme';
import './app/global.css';

applyTheme(readTheme());

/** In dev without a real API, MSW's service worker answers /api. Never part of a build. */
async function startMockApi(): Promise<void> {
  if (!import.meta.env.DEV || import.meta.env.VITE_API_BASE_URL) return;
  const { worker } = await import('../mocks/browser');
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}

await startMockApi();
releaseApiRequests();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Production only: the app's own worker, for offline reading (in dev, MSW's worker owns the page). */
function startServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('./lib/serviceWorker')
      .then(({ registerServiceWorker }) => registerServiceWorker(router))
      // Without a worker (private windows may refuse one) the app works as before, just not offline.
      .catch(() => {});
  // After the page has loaded, so it never competes with the article for the network.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

startServiceWorker();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
