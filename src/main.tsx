import { PAGE_STATE_ID } from './app/pageStateId';
import { bootOnIntent } from './app/bootOnIntent';
import { handleSettingsForms } from './app/settingsControls';
import { cleanCopies } from './lib/cleanCopy';
import './app/global.css';

// The colour theme and text size answer a press from the first paint, not once the app has loaded.
handleSettingsForms(document);
cleanCopies(document);

// A page from the server is complete and readable as it is, links and all: the app's
// code is fetched once the page (its hero picture included) has loaded and been painted,
// so that on a slow connection it never competes with what the reader came for. A page
// the browser renders itself (dev, an address the static export did not write) starts at once.
// The libraries first, then the app a task later: the browser runs each module graph it
// imports in one task, and two shorter ones leave room to paint and answer input between.
const start = () =>
  import('react-dom/client')
    .then(() => new Promise((resolve) => setTimeout(resolve)))
    .then(() => import('./app/start'));
/**
 * Offline reading for every reader, not only those who start the app: once the page has
 * loaded and the browser is idle, the app's service worker is registered and keeps what
 * this page was rendered from (production only; in dev, MSW's worker owns the page).
 */
function keepForOffline(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    const apiPaths: string[] = JSON.parse(document.getElementById(PAGE_STATE_ID)?.textContent || '{}').apiPaths ?? [];
    void import('./lib/serviceWorker')
      .then(({ registerServiceWorker }) => registerServiceWorker(apiPaths))
      // Without a worker (private windows may refuse one) the page works as before, just not offline.
      .catch(() => {});
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(register, { timeout: 5_000 }) : setTimeout(register, 1_000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
keepForOffline();

// A server page stays the server's HTML until the reader shows an intent; its islands
// (a chart) hydrate by themselves before that, each when it is needed.
if (!document.getElementById(PAGE_STATE_ID)) void start();
else {
  bootOnIntent(start);
  // Only pages with islands fetch what watches them, once the page (its hero picture
  // included) has loaded: nothing of ours competes with the first paint. A press before
  // then is held, and starts the app (bootOnIntent.ts).
  if (document.querySelector('[data-island]')) {
    const watch = () => void import('./app/islandTriggers').then(({ watchIslands }) => watchIslands(document));
    if (document.readyState === 'complete') watch();
    else window.addEventListener('load', watch, { once: true });
  }
}
