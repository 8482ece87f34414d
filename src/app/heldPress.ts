/** Whether the islands hold their own presses yet (their watcher is a chunk of its own, fetched at once). */
export const islandPresses = { watched: false };

/** The controls whose press is held while their code is on its way (the settings forms answer at once, in the entry). */
export const HELD = 'button:not(form[data-settings] button)';

/**
 * A press on a control whose code is still on its way: the control says so (aria-busy,
 * drawn as busy), and once `ready` the press is made again at the same point (a
 * placeholder there may have become its control), so that no tap is lost.
 */
export function holdPress(event: MouseEvent, control: HTMLElement, ready: () => Promise<unknown>): void {
  event.preventDefault();
  event.stopPropagation();
  const { clientX, clientY } = event;
  control.setAttribute('aria-busy', 'true');
  void ready()
    .then(() => controlAt(control.ownerDocument, clientX, clientY, control))
    .then((ready) => {
      control.removeAttribute('aria-busy');
      ready.click();
    });
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

/** Resolves once the app has hydrated the page (it marks the document). */
export function whenStarted(doc: Document): Promise<void> {
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
