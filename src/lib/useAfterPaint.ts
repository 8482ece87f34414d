import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true once the browser has painted it. Parts below the
 * article (charts, forms, comments) wait for this, so that their code and data never
 * compete with the headline and hero picture for the network or the main thread.
 */
export function useAfterPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame's callbacks run before it is painted; a task queued from one runs after.
    const frame = requestAnimationFrame(() => {
      // A transition: React renders what comes next in small slices, without long tasks.
      timer = setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}
