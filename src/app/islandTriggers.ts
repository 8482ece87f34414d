import type { IslandName } from '../components/Island';
import { HELD, holdPress, islandPresses } from './heldPress';

/** How near the viewport (px) a chart's island starts: its code and Recharts need a moment. */
const NEAR = '400px';
/** When each island hydrates: when it comes near the viewport, or when the reader points at, touches or focuses it. */
const TRIGGERS: Record<IslandName, 'visible' | 'interaction'> = { chart: 'visible', listen: 'interaction', save: 'interaction', share: 'interaction' };
const INTERACTIONS = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

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
  const onInteraction = (event: Event) => {
    const island = islandOf(event.target);
    if (island && TRIGGERS[island.dataset.island as IslandName] === 'interaction') void wake(island);
  };
  for (const type of INTERACTIONS) doc.addEventListener(type, onInteraction, { capture: true, passive: true });
  doc.addEventListener(
    'click',
    (event) => {
      const island = islandOf(event.target);
      const control = event.target instanceof Element ? event.target.closest<HTMLElement>(HELD) : null;
      if (!island || !control || live.has(island) || doc.documentElement.dataset.app === 'started') return;
      holdPress(event, control, () => wake(island));
    },
    true,
  );
  islandPresses.watched = true;

  const visible = islands.filter((island) => TRIGGERS[island.dataset.island as IslandName] === 'visible');
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
