import { useEffect, useSyncExternalStore, type ReactNode } from 'react';

/** A point in a statistics series, named by a number in the text or by the chart. */
export type DataPoint = {
  statsId: string;
  seriesId: string;
  period: string;
  /** Where the highlight came from: a number in the text (with its sentence) or the chart itself */
  source: 'text' | 'chart';
  sentence?: string;
};

type DataHighlight = { active: DataPoint | null; setActive: (point: DataPoint | null) => void };

// Kept outside React: a chart hydrated as an island has a root of its own, and the numbers
// in the text (the app's root) point at it all the same. Set only from events, never on the server.
let active: DataPoint | null = null;
const listeners = new Set<() => void>();

function setActive(point: DataPoint | null): void {
  active = point;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => active;
const none = () => null;

/** Lets numbers in an article's text and its charts point at each other; what was highlighted ends with the article. */
export function DataHighlightProvider({ children }: { children: ReactNode }) {
  useEffect(() => () => setActive(null), []);
  return children;
}

export function useDataHighlight(): DataHighlight {
  return { active: useSyncExternalStore(subscribe, current, none), setActive };
}

export function chartElementId(statsId: string): string {
  return `diagram-${statsId}`;
}
