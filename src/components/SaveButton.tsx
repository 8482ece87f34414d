import { useState } from 'react';
import { removeSaved, saveArticle, useIsSaved } from '../lib/savedArticles';
import { strings } from '../lib/strings';
import styles from './SaveButton.module.css';

/**
 * "Spara": keeps the article in the list at /sparat on this device (and for reading
 * offline), or takes it out again. A toggle: its name stays, its pressed state changes.
 */
export function SaveButton({ slug, headline }: { slug: string; headline: string }) {
  const saved = useIsSaved(slug);
  const [message, setMessage] = useState('');
  const toggle = () => {
    if (saved) removeSaved(slug);
    else saveArticle({ slug, headline });
    setMessage(saved ? strings.saved.removed : strings.saved.added);
  };
  return (
    <span className={styles.save} data-print="hide">
      <button type="button" className={styles.button} aria-pressed={saved} aria-label={strings.saved.saveLabel(headline)} onClick={toggle}>
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
