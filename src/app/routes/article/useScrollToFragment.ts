import { useEffect } from 'react';
import { useLocation } from 'react-router';

const READER_SCROLL_EVENTS = ['wheel', 'touchmove', 'keydown', 'mousedown'] as const;

/**
 * Scrolls to #fragment once the element is on the page (a heading or a comment),
 * and keeps it there while parts above it (charts, forms) finish loading,
 * until the reader scrolls by themselves.
 */
export function useScrollToFragment(ready: boolean) {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || !hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!target) return;
    const align = () => target.scrollIntoView({ block: 'start' });
    align();
    if (target.tabIndex === -1) target.focus({ preventScroll: true });
    const settle = new ResizeObserver(align);
    settle.observe(document.body);
    const stop = () => {
      settle.disconnect();
      for (const type of READER_SCROLL_EVENTS) window.removeEventListener(type, stop);
    };
    for (const type of READER_SCROLL_EVENTS) window.addEventListener(type, stop, { passive: true });
    const timer = setTimeout(stop, 5000);
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [hash, ready]);
}
