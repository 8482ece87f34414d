import type { IslandName } from '../components/Island';

/** How near the viewport (px) a chart's island starts: its code and Recharts need a moment. */
const NEAR = '400px';

/**
 * Watches the server page's islands (components/Island) and hydrates each when it is
 * needed: a chart when it comes near the viewport. Part of the entry; the islands'
 * code (src/app/islands.tsx) is fetched with the first one that is needed.
 */
export function watchIslands(doc: Document, hydrate: (element: HTMLElement) => void): void {
  const islands = [...doc.querySelectorAll<HTMLElement>('[data-island]')];
  const visible = islands.filter((element) => (element.dataset.island as IslandName) === 'chart');
  if (!visible.length || !('IntersectionObserver' in window)) return;
  const near = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        near.unobserve(entry.target);
        const island = entry.target.closest<HTMLElement>('[data-island]');
        if (island) hydrate(island);
      }
    },
    { rootMargin: NEAR },
  );
  // The island's element is display: contents (no box of its own): its first child is what is seen.
  for (const island of visible) near.observe(island.firstElementChild ?? island);
}
