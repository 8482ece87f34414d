import type { IslandName } from '../components/Island';
import { inServerText } from '../lib/islandRoots';
import { HELD, holdPress, islandPresses } from './heldPress';

/** How near the viewport (px) an island starts when it comes near: its code (and Recharts, or the comments) need a moment. */
const NEAR = '400px';
type Trigger = 'visible' | 'interaction';
/** When each island hydrates: when it comes near the viewport, when the reader points at, touches or focuses it, or either. */
const TRIGGERS: Record<IslandName, Trigger[]> = {
  chart: ['visible'],
  listen: ['interaction'],
  save: ['interaction'],
  share: ['interaction'],
  dataRef: ['interaction'],
  copyLink: ['interaction'],
  engagement: ['visible', 'interaction'],
  signup: ['visible', 'interaction'],
};
const INTERACTIONS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;
const wokenBy = (island: HTMLElement, trigger: Trigger) => TRIGGERS[island.dataset.island as IslandName]?.includes(trigger) ?? false;

/**
 * What woke an island by pointing at or focusing it happened before its code was there: once
 * it is live, the part under the pointer is entered, and the focused control focused, again
 * (a number in the text lights its point in the chart as if the reader had just arrived on it).
 */
function replayArrival(island: HTMLElement): void {
  const doc = island.ownerDocument;
  const focused = doc.activeElement;
  if (focused instanceof HTMLElement && island.contains(focused)) focused.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  const hovered = [...island.querySelectorAll<HTMLElement>(':hover')].pop();
  if (hovered) hovered.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, relatedTarget: null }));
}

/** Hydrates an island; resolves once its part is live (or the app's, if the app took it). */
type HydrateIsland = (element: HTMLElement) => Promise<void>;

const hydrateIsland: HydrateIsland = (element) => import('./islands').then((islands) => islands.hydrateIsland(element));

const islandOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-island]') : null);

/**
 * Watches the server page's islands (components/Island) and hydrates each when it is
 * needed. Part of the entry; the islands' code (src/app/islands.tsx) is fetched with the
 * first one that is needed. A press on an island's control before it is live is held:
 * the control says it is on its way, and the same press acts once it is.
 */
export function watchIslands(doc: Document, hydrate: HydrateIsland = hydrateIsland): void {
  const islands = [...doc.querySelectorAll<HTMLElement>('[data-island]')];
  if (!islands.length) return;
  const waking = new WeakMap<HTMLElement, Promise<void>>();
  const live = new WeakSet<HTMLElement>();
  const wake = (island: HTMLElement) => {
    let ready = waking.get(island);
    if (!ready) waking.set(island, (ready = hydrate(island).then(() => void live.add(island))));
    return ready;
  };
  // Once the app has started it hydrated every island it renders; those in the server's text it left alone are still the islands'.
  const appHas = (island: HTMLElement) => doc.documentElement.dataset.app === 'started' && !inServerText(island);
  const onInteraction = (event: Event) => {
    const island = islandOf(event.target);
    if (!island || !wokenBy(island, 'interaction') || waking.has(island) || appHas(island)) return;
    void wake(island).then(() => {
      if (event.type === 'pointerover' || event.type === 'focusin') replayArrival(island);
    });
  };
  for (const type of INTERACTIONS) doc.addEventListener(type, onInteraction, { capture: true, passive: true });
  doc.addEventListener(
    'click',
    (event) => {
      const island = islandOf(event.target);
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
      if (!island || !control || live.has(island) || appHas(island)) return;
      holdPress(event, control, () => wake(island));
    },
    true,
  );
  islandPresses.watched = true;

  const visible = islands.filter((island) => wokenBy(island, 'visible'));
  if (!visible.length || !('IntersectionObserver' in window)) return;
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        const island = islandOf(entry.target);
        if (island) void wake(island);
      }
    },
    { rootMargin: NEAR },
  );
  // The island's element is display: contents (no box of its own): its first child is what is seen.
  for (const island of visible) near.observe(island.firstElementChild ?? island);
}
