import { useSyncExternalStore } from 'react';

function subscribe(changed: () => void): () => void {
  // A press on a link to a place on the page fires hashchange; back and forward, popstate.
  window.addEventListener('hashchange', changed);
  window.addEventListener('popstate', changed);
  return () => {
    window.removeEventListener('hashchange', changed);
    window.removeEventListener('popstate', changed);
  };
}

/**
 * The address's fragment ("#kommentar-…"), kept current. Read from the window, not the
 * router, so that a part hydrated as an island (which has no router) follows it too.
 */
export function useLocationHash(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash, () => '');
}
