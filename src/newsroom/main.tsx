// The newsroom's entry (/redaktion): a client-rendered app of its own, never loaded on a reader's page.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createQueryClient } from '../lib/queryClient';
import { applyTheme, readTheme } from '../lib/theme';
import { PREVIEW_PATH } from './preview/previewMessages';
import { createNewsroomRouter } from './router';
import './newsroom.css';

// The reader's theme choice (its cookie) holds here too.
applyTheme(readTheme());

/** Marks the page as the app once React has committed it (browser tests wait for this). */
function Started() {
  useEffect(() => {
    document.documentElement.dataset.app = 'started';
  }, []);
  return null;
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
if (window.location.pathname === PREVIEW_PATH) {
  // The editor's preview frame: the reader's article components, loaded only here.
  void import('./preview/PreviewApp').then(({ startPreview }) => startPreview(root));
} else {
  const queryClient = createQueryClient();
  const router = createNewsroomRouter(queryClient);
  createRoot(root).render(
    <StrictMode>
      <Started />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
