import { PAGE_STATE_ID } from './app/pageStateId';
import { handleSettingsForms } from './app/settingsControls';
import './app/global.css';

// The colour theme and text size answer a press from the first paint, not once the app has loaded.
handleSettingsForms(document);

// A page from the server is complete and readable as it is, links and all: the app's
// code is fetched once the page (its hero picture included) has loaded and been painted,
// so that on a slow connection it never competes with what the reader came for. A page
// the browser renders itself (dev, an address the static export did not write) starts at once.
// The libraries first, then the app a task later: the browser runs each module graph it
// imports in one task, and two shorter ones leave room to paint and answer input between.
const start = () =>
  void import('react-dom/client')
    .then(() => new Promise((resolve) => setTimeout(resolve)))
    .then(() => import('./app/start'));
// Two frames after the load event: the first frame is drawn (and shown) before the app's
// code is asked for; one frame's callback can still run before its paint is presented.
const afterPaint = () => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start)));
if (!document.getElementById(PAGE_STATE_ID)) start();
else if (document.readyState === 'complete') afterPaint();
else window.addEventListener('load', afterPaint, { once: true });
