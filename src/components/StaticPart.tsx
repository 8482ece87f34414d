import { useEffect, useRef, useState, type ReactNode } from 'react';
import { islandKey, releaseIsland } from '../lib/islandRoots';

// The parts of the server's page the app found when it started (their ids): each stays the
// server's HTML for as long as the reader is on that page.
let onPage = new Set<string>();

/** Called by the app before it hydrates the server's page. */
export function keepServerParts(doc: Document): void {
  onPage = new Set([...doc.querySelectorAll<HTMLElement>('[data-static]')].map((element) => element.dataset.static ?? ''));
}

/** Called once the app has moved to another page: a part rendered from then on is the app's. */
export function releaseServerParts(): void {
  onPage = new Set();
}

// One object, so that React never sees new HTML for the hole and leaves what is in it alone.
const HOLE = { __html: '' };

type StaticPartProps = {
  /** Names the part on the page (the article's slug in it): a different article is a different part. */
  id: string;
  className?: string;
  /** Called only where the part is rendered: on the server, and for a page the app renders itself. */
  children: () => ReactNode;
};

/**
 * Text that never moves (an article's headline, body, byline and links): the server renders
 * it, and the app, when it hydrates that page, leaves the server's HTML as it is: React
 * neither compares nor fills the element, so nothing in it is rendered again in the browser
 * (no hyphenation, no dates, no components). Its links are the server's `<a>` elements; the
 * app routes a press on them (start.tsx). The islands in it (a chart, a number in the text,
 * the sign-up form) hydrate by themselves and end with it. A page the app renders itself
 * (after a navigation) renders the part as any other.
 */
export function StaticPart({ id, className, children }: StaticPartProps) {
  // Decided once, when the part mounts: the server's element for as long as it stands (and
  // names the same part: the route may render another article in its place).
  const [heldId, setHeldId] = useState(() => (typeof document !== 'undefined' && onPage.has(id) ? id : null));
  // Once it names another part, the server's element is gone for good (coming back renders it).
  if (heldId !== null && heldId !== id) setHeldId(null);
  const held = heldId === id;
  const element = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const part = element.current;
    if (!held || !part) return;
    // The islands' roots in the part are React's to end when the part leaves the page.
    return () => {
      for (const island of part.querySelectorAll<HTMLElement>('[data-island]')) {
        releaseIsland(islandKey(island.dataset.island ?? '', island.dataset.islandProps ?? '{}'));
      }
    };
  }, [held]);
  // eslint-disable-next-line no-restricted-syntax -- an empty constant: the hole holds the server's HTML, nothing of ours
  if (held) return <div ref={element} data-static={id} className={className} suppressHydrationWarning dangerouslySetInnerHTML={HOLE} />;
  // Marked on the server only: in the browser, data-static names the server's text the app left alone.
  return (
    <div data-static={typeof document === 'undefined' ? id : undefined} className={className}>
      {children()}
    </div>
  );
}
