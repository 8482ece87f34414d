import { useEffect, type ReactNode } from 'react';
import { islandKey, islandTaken, releaseIsland } from '../lib/islandRoots';

/** The parts of a server page that hydrate on their own (src/app/islands.tsx names each one's trigger). */
export type IslandName = 'chart' | 'listen' | 'save' | 'share' | 'dataRef' | 'copyLink' | 'engagement' | 'signup';

// One object, so that React never sees new HTML for a hole and leaves its children alone.
const HOLE = { __html: '' };

type IslandProps = {
  name: IslandName;
  /** What the part renders from, as text: the island reads them back from the page. */
  props: Record<string, string>;
  /** A part inside a line of text (a number in a paragraph): a span, not a div. */
  inline?: boolean;
  children: ReactNode;
};

/**
 * Marks a part of the page that hydrates by itself, when it is needed, with a React root
 * of its own: the element carries its name and its props (JSON in an attribute, which
 * React escapes), and the data it reads is in the page's state. The rest of the page
 * stays the server's HTML. Once the app runs, a part an island has already taken is
 * left to it (rendered as a hole React neither compares nor fills); otherwise the app
 * renders it as any other part.
 */
export function Island({ name, props, inline = false, children }: IslandProps) {
  const Element = inline ? 'span' : 'div';
  const json = JSON.stringify(props);
  const key = islandKey(name, json);
  const taken = islandTaken(key);
  useEffect(() => (taken ? () => releaseIsland(key) : undefined), [taken, key]);
  // eslint-disable-next-line no-restricted-syntax -- an empty constant: the hole holds no content of ours
  if (taken) return <Element data-island={name} data-island-props={json} suppressHydrationWarning dangerouslySetInnerHTML={HOLE} />;
  return (
    <Element data-island={name} data-island-props={json}>
      {children}
    </Element>
  );
}
