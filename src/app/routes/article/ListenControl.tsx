import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Article } from '../../../features/articles/schema';
import { statsQuery } from '../../../features/stats/api';
import { useSpeech } from '../../../lib/speech';
import { listenStrings } from '../../../lib/strings.listen';
import { findSpokenElement, spokenArticle, type SpokenPart } from './articleSpeech';
import { ListenIcon } from './ToolPlaceholders';
import buttons from '../../../components/Button.module.css';
import styles from './ListenControl.module.css';

/** Marks the part being read on the page and keeps it in view. */
function useMarkReading(part: SpokenPart | undefined, inside: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const root = inside.current?.closest('main')?.querySelector('article');
    const element = part && root ? findSpokenElement(root, part) : null;
    if (!element) return;
    element.dataset.reading = 'true';
    const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    return () => {
      delete element.dataset.reading;
    };
  }, [part, inside]);
}

/** "Lyssna": the article read aloud in Swedish, with pause, resume and stop. */
export function ListenControl({ article }: { article: Article }) {
  const queryClient = useQueryClient();
  const ref = useRef<HTMLDivElement>(null);
  // The charts' data as the page has it (the loader asked for it); a chart not loaded is read by its caption.
  const parts = useMemo(
    () => spokenArticle(article, (id) => queryClient.getQueryData(statsQuery(id).queryKey)),
    [article, queryClient],
  );
  const texts = useMemo(() => parts.map((part) => part.text), [parts]);
  const { state, current, problem, start, pause, resume, stop } = useSpeech(texts, 'sv-SE');
  useMarkReading(current === null ? undefined : parts[current], ref);

  const main = state === 'idle' ? start : state === 'playing' ? pause : resume;
  return (
    <div ref={ref} className={styles.listen} role="group" aria-label={listenStrings.controls}>
      {/* One button that changes what it does, so focus stays on it. */}
      <button type="button" className={buttons.tool} onClick={() => void main()}>
        <ListenIcon name={state === 'playing' ? 'pause' : 'play'} />
        {state === 'idle' ? listenStrings.listen : state === 'playing' ? listenStrings.pause : listenStrings.resume}
      </button>
      {state !== 'idle' && (
        <button type="button" className={buttons.tool} onClick={stop}>
          <ListenIcon name="stop" />
          {listenStrings.stop}
        </button>
      )}
      <p className={styles.status} role="status">
        {problem ? listenStrings[problem] : state === 'paused' ? listenStrings.paused : ''}
      </p>
    </div>
  );
}
