import { HELD, holdPress, whenStarted } from './heldPress';

// The page the server sent is left as it is until the reader shows an intent, then the app
// hydrates what its islands have not taken, and a press that woke it is made again.

/** What counts as an intent: pointing at, touching or focusing anything, or a key. */
const INTENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;

export function bootOnIntent(start: () => Promise<unknown>, doc: Document = document): void {
  let started: Promise<unknown> | undefined;
  const boot = () => (started ??= start());
  const onIntent = () => {
    void boot();
    for (const type of INTENTS) doc.removeEventListener(type, onIntent, true);
  };
  for (const type of INTENTS) doc.addEventListener(type, onIntent, { capture: true, passive: true });
  // A press on a control before the app has hydrated it would be lost: held, then made again.
  const onClick = (event: MouseEvent) => {
    if (doc.documentElement.dataset.app === 'started') return doc.removeEventListener('click', onClick, true);
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
    // An island holds its own presses (islandTriggers.ts).
    if (!target || target.closest('[data-island]')) return;
    holdPress(event, target, () => boot().then(() => whenStarted(doc)));
  };
  doc.addEventListener('click', onClick, true);
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
