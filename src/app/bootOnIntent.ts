// Work in progress (issue 22, islands-wip): the page the server sent is left as it is
// until the reader shows an intent, then the app hydrates it once and replays the press
// that woke it. Not yet the islands the issue asks for (it hydrates the whole page at
// the first intent, not the part touched).

/** What counts as an intent: pointing at, touching or focusing anything, or a key. */
const INTENTS = ['pointerover', 'pointerdown', 'touchstart', 'focusin', 'keydown'] as const;
/** A press on one of these before the app runs is held and pressed again once it does. */
const HELD = 'button:not(form[data-settings] button)';

export function bootOnIntent(start: () => Promise<unknown>, doc: Document = document): void {
  let started: Promise<unknown> | undefined;
  const boot = () => (started ??= start());
  const onIntent = () => {
    void boot();
    for (const type of INTENTS) doc.removeEventListener(type, onIntent, true);
  };
  for (const type of INTENTS) doc.addEventListener(type, onIntent, { capture: true, passive: true });
  // A press on a control before the app has hydrated it would be lost: held, then replayed.
  const onClick = (event: MouseEvent) => {
    if (doc.documentElement.dataset.app === 'started') return doc.removeEventListener('click', onClick, true);
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
    if (!target) return;
    event.preventDefault();
    event.stopPropagation();
    const { clientX, clientY } = event;
    // Pressed again where the reader pressed: a placeholder there may have become its control.
    void boot()
      .then(() => whenStarted(doc))
      .then(() => controlAt(doc, clientX, clientY, target))
      .then((control) => control.click());
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

/** The control at the press's point once it is ready (not a placeholder saying it is on its way), for up to 5 s. */
function controlAt(doc: Document, x: number, y: number, pressed: HTMLElement): Promise<HTMLElement> {
  const started = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      const control = doc.elementFromPoint(x, y)?.closest<HTMLElement>(HELD) ?? (pressed.isConnected ? pressed : null);
      if (control && control.getAttribute('aria-disabled') !== 'true') resolve(control);
      else if (performance.now() - started > 5000) resolve(pressed);
      else requestAnimationFrame(look);
    };
    look();
  });
}

function whenStarted(doc: Document): Promise<void> {
  if (doc.documentElement.dataset.app === 'started') return Promise.resolve();
  return new Promise((resolve) => {
    const watch = new MutationObserver(() => {
      if (doc.documentElement.dataset.app !== 'started') return;
      watch.disconnect();
      resolve();
    });
    watch.observe(doc.documentElement, { attributes: true, attributeFilter: ['data-app'] });
  });
}
