import { useEffect, useState, useSyncExternalStore } from 'react';
import type * as SavedListModule from '../lib/savedArticles';
import { strings } from '../lib/strings';
import buttons from './Button.module.css';
import { Island } from './Island';
import styles from './SaveButton.module.css';

type SavedList = typeof SavedListModule;

// The list's code (its storage, and the messages to the service worker) is fetched once
// a button is on screen, not with every page. Until then the button is the unpressed one
// the server rendered, which is also the browser's first render.
let listCode: Promise<SavedList> | undefined;
const loadList = () =>
  (listCode ??= import('../lib/savedArticles').catch((error: unknown) => {
    // Offline before the code came: the next press (or button) tries again.
    listCode = undefined;
    throw error;
  }));
const noList = () => () => {};

/**
 * "Spara": keeps the article in the list at /sparat on this device (and for reading
 * offline), or takes it out again. A toggle: its name stays, its pressed state changes.
 * On a server page it is an island, hydrated when the reader points at, touches or focuses it.
 */
export function SaveButton({ slug, headline }: { slug: string; headline: string }) {
  return (
    <Island name="save" props={{ slug, headline }}>
      <SaveToggle slug={slug} headline={headline} />
    </Island>
  );
}

export function SaveToggle({ slug, headline }: { slug: string; headline: string }) {
  const [list, setList] = useState<SavedList>();
  // Until the code has come the button shows as not pressed, as the server rendered it.
  useEffect(() => void loadList().then(setList, () => {}), []);
  const saved = useSyncExternalStore(list?.subscribe ?? noList, () => list?.isSaved(slug) ?? false, () => false);
  const [message, setMessage] = useState('');
  const toggle = () =>
    void loadList().then(
      ({ isSaved, removeSaved, saveArticle }) => {
        const wasSaved = isSaved(slug);
        if (wasSaved) removeSaved(slug);
        else saveArticle({ slug, headline });
        setMessage(wasSaved ? strings.saved.removed : strings.saved.added);
      },
      () => setMessage(strings.saved.unavailable),
    );
  return (
    <span className={styles.save} data-print="hide">
      <button type="button" className={`${buttons.tool} ${styles.pressed}`} aria-pressed={saved} aria-label={strings.saved.saveLabel(headline)} onClick={toggle}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 3h12v18l-6-4.5L6 21z" />
        </svg>
        {strings.saved.save}
      </button>
      <span className="visually-hidden" role="status">
        {message}
      </span>
    </span>
  );
}
