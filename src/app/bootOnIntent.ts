import { HELD, holdPress, islandPresses, whenStarted } from './heldPress';

// The page the server sent stays the server's HTML, with its islands, until the reader shows
// an intent to move to another page of the app or uses a part that is not an island; then the
// app (the router and its data layer) starts, hydrates what no island has taken, and takes
// over navigation. A press that woke it is made again once it runs.

/** Pointing at, pressing, touching or focusing something: what may show an intent. */
const INTENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
/** Parts the app runs that are not islands: its forms and their fields, the search field, the numbers in the text. */
const APP_CONTROLS = 'button, input, select, textarea';

/** A link to another page of this app (not the API, the newsroom, a download, a new window or a place on this page). */
export function isInAppLink(target: EventTarget | null): boolean {
  const link = target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
  if (!link || link.hasAttribute('download') || (link.target && link.target !== '_self')) return false;
  const to = new URL(link.href, location.href);
  if (to.origin !== location.origin || /^\/(api|redaktion)(\/|$)/.test(to.pathname)) return false;
  return to.pathname !== location.pathname || to.search !== location.search;
}

/** A control the app answers (not an island's, which hydrates by itself, nor the settings forms', which answer from the entry). */
function isAppControl(target: EventTarget | null): boolean {
  const control = target instanceof Element ? target.closest(APP_CONTROLS) : null;
  return Boolean(control && !control.closest('[data-island], form[data-settings]'));
}

export function bootOnIntent(start: () => Promise<unknown>, doc: Document = document): void {
  let started: Promise<unknown> | undefined;
  const boot = () => {
    if (started) return started;
    for (const type of INTENTS) doc.removeEventListener(type, onIntent, true);
    doc.removeEventListener('keydown', onKey, true);
    return (started = start());
  };
  const onIntent = (event: Event) => {
    if (isInAppLink(event.target) || isAppControl(event.target)) void boot();
  };
  const onKey = (event: KeyboardEvent) => {
    // The search shortcut is the app's; other keys read, scroll or move focus (judged where it lands).
    if (event.key === '/') void boot();
  };
  for (const type of INTENTS) doc.addEventListener(type, onIntent, { capture: true, passive: true });
  doc.addEventListener('keydown', onKey, true);
  // A press on a control before the app has hydrated it would be lost: held, then made again.
  const onClick = (event: MouseEvent) => {
    if (doc.documentElement.dataset.app === 'started') return doc.removeEventListener('click', onClick, true);
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
    // An island holds its own presses (islandTriggers.ts), once its watcher is there.
    if (!target || (islandPresses.watched && target.closest('[data-island]'))) return;
    holdPress(event, target, () => boot().then(() => whenStarted(doc)));
  };
  doc.addEventListener('click', onClick, true);
  // A page that is the app's own (the saved list, filled in from this device) starts it at once.
  if (doc.querySelector('[data-boot="at-once"]')) void boot();
  // A chart that is a page's content (not an island, which hydrates by itself) starts the app when it is near.
  const charts = [...doc.querySelectorAll('[id^="diagram-"]')].filter((chart) => !chart.closest('[data-island]'));
  if (charts.length && 'IntersectionObserver' in window) {
    const near = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        near.disconnect();
        void boot();
      }
    }, { rootMargin: '400px' });
    charts.forEach((chart) => near.observe(chart));
  }
}
