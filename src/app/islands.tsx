// The islands' runtime, loaded when the first one is needed (src/app/islandTriggers.ts): each
// island hydrates the part of the server's page its element holds, with a root of its own,
// the page's data (the state the server put in the page) and nothing of the router.
import { hydrate, QueryClientProvider } from '@tanstack/react-query';
import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { IslandName } from '../components/Island';
import { CopyLink } from '../components/CopyLink';
import { SaveToggle } from '../components/SaveButton';
import { DataRefPart } from '../features/articles/components/DataRef';
import { ArticleChartPart } from '../features/stats/components/ArticleChartBlock';
import { inServerText, islandKey, islandsOpen, takeIsland } from '../lib/islandRoots';
import { createQueryClient } from '../lib/queryClient';
import { whenStarted } from './heldPress';
import { readPageState } from './pageState';
import { ListenPart, SharePart } from './routes/article/ArticleTools';
import { EngagementPart, SignupPart } from './routes/article/LaterParts';

type Props = Record<string, string>;

/** What each island renders from its props: on its first render, exactly what the server did. */
const PARTS: Record<IslandName, (props: Props) => ReactNode> = {
  chart: ({ statsId = '', caption = '' }) => <ArticleChartPart statsId={statsId} caption={caption} />,
  listen: ({ slug = '' }) => <ListenPart slug={slug} />,
  save: ({ slug = '', headline = '' }) => <SaveToggle slug={slug} headline={headline} />,
  share: ({ title = '', url = '' }) => <SharePart title={title} url={url} />,
  dataRef: (props) => <DataRefPart {...props} />,
  copyLink: ({ fragment = '', label = '' }) => (
    <CopyLink fragment={fragment} label={label}>
      #
    </CopyLink>
  ),
  engagement: ({ slug = '', comments }) => <EngagementPart slug={slug} comments={comments === 'open' ? 'open' : 'closed'} />,
  signup: () => <SignupPart />,
};

// One cache for every island on the page, filled from the page's state: no island asks the API again.
const queryClient = createQueryClient();
const pageState = readPageState(document);
if (pageState) hydrate(queryClient, pageState.queries);

/** Says when the island's first render has been committed: its controls answer from then on. */
function Committed({ then }: { then: () => void }) {
  useEffect(then, [then]);
  return null;
}

export function hydrateIsland(element: HTMLElement): Promise<void> {
  const name = element.dataset.island as IslandName | undefined;
  const json = element.dataset.islandProps ?? '{}';
  // Once the app has started, it hydrates whatever no island has taken, except in the
  // server's text that it leaves as it is (components/StaticPart): there, islands go on by themselves.
  if (!islandsOpen() && !inServerText(element)) return whenStarted(document);
  if (!name || !(name in PARTS)) return Promise.resolve();
  return new Promise((resolve) => {
    const part = (
      <StrictMode>
        <QueryClientProvider client={queryClient}>{PARTS[name](JSON.parse(json) as Props)}</QueryClientProvider>
        <Committed then={resolve} />
      </StrictMode>
    );
    let root: Root | undefined;
    // A transition, as the app's hydration: in slices, the main thread free in between.
    startTransition(() => {
      root = hydrateRoot(element, part);
    });
    if (root) takeIsland(islandKey(name, json), root);
  });
}
