// The islands' runtime, loaded when the first one is needed (src/app/islandTriggers.ts): each
// island hydrates the part of the server's page its element holds, with a root of its own,
// the page's data (the state the server put in the page) and nothing of the router.
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { IslandName } from '../components/Island';
import { ArticleChartPart } from '../features/stats/components/ArticleChartBlock';
import { islandKey, islandsOpen, takeIsland } from '../lib/islandRoots';
import { createQueryClient } from '../lib/queryClient';
import { readPageState } from './pageState';

/** What each island renders from its props: on its first render, exactly what the server did. */
const PARTS: Record<IslandName, (props: Record<string, string>) => ReactNode> = {
  chart: ({ statsId = '', caption = '' }) => <ArticleChartPart statsId={statsId} caption={caption} />,
};

// One cache for every island on the page, filled from the page's state: no island asks the API again.
const queryClient = createQueryClient();
const pageState = readPageState(document);
if (pageState) hydrate(queryClient, pageState.queries);

const hydrated = new WeakSet<Element>();

export function hydrateIsland(element: HTMLElement): void {
  const name = element.dataset.island as IslandName | undefined;
  const json = element.dataset.islandProps ?? '{}';
  // Once the app has started, it hydrates whatever no island has taken.
  if (!name || !(name in PARTS) || hydrated.has(element) || !islandsOpen()) return;
  hydrated.add(element);
  const part = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>{PARTS[name](JSON.parse(json) as Record<string, string>)}</QueryClientProvider>
    </StrictMode>
  );
  let root: Root | undefined;
  // A transition, as the app's hydration: in slices, the main thread free in between.
  startTransition(() => {
    root = hydrateRoot(element, part);
  });
  if (root) takeIsland(islandKey(name, json), root);
}
