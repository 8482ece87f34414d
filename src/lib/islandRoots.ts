// Which parts of the server's page hydrated on their own, as islands (src/app/islands.tsx),
// before the app did. Shared by the entry, the islands and the app (one module instance:
// it is part of the entry chunk), so that the app leaves an island's part to its own root.

type IslandRoot = { unmount: () => void };

const roots = new Map<string, IslandRoot[]>();
let appStarted = false;

/** The key an island is known by on both sides: its name and its props, as the server wrote them. */
export const islandKey = (name: string, props: string): string => `${name}:${props}`;

/** Whether an island may still hydrate on its own: not once the app has started (it hydrates what is left). */
export const islandsOpen = (): boolean => !appStarted;

/**
 * Whether an island stands in server text the app left as it is (components/StaticPart,
 * marked data-static only there): it hydrates by itself whether or not the app has started.
 */
export const inServerText = (element: Element): boolean => Boolean(element.closest('[data-static]'));

export function closeIslands(): void {
  appStarted = true;
}

export function takeIsland(key: string, root: IslandRoot): void {
  roots.set(key, [...(roots.get(key) ?? []), root]);
}

export const islandTaken = (key: string): boolean => roots.has(key);

/** The island's part left the page (the app moved on): its own roots end with it. */
export function releaseIsland(key: string): void {
  const taken = roots.get(key);
  roots.delete(key);
  // Not while React renders or commits the app's tree.
  if (taken) setTimeout(() => taken.forEach((root) => root.unmount()));
}
