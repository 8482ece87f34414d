import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

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

const DataHighlightContext = createContext<DataHighlight>({ active: null, setActive: () => {} });

/** Lets numbers in an article's text and its charts point at each other. */
export function DataHighlightProvider({ children }: { children: ReactNode }) {
  const [active, setActive] = useState<DataPoint | null>(null);
  const value = useMemo(() => ({ active, setActive }), [active]);
  return <DataHighlightContext value={value}>{children}</DataHighlightContext>;
}

export function useDataHighlight(): DataHighlight {
  return useContext(DataHighlightContext);
}

export function chartElementId(statsId: string): string {
  return `diagram-${statsId}`;
}
