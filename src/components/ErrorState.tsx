import { useEffect, useRef } from 'react';
import { errorMessage, isNetworkFailure } from '../lib/errorMessage';
import { strings } from '../lib/strings';
import { useOnline } from '../lib/useOnline';
import styles from './ErrorState.module.css';

type ErrorStateProps = {
  error: unknown;
  onRetry: () => void;
  title?: string;
  /** Whole-page errors take focus so keyboard and screen-reader users land on them. */
  headingLevel?: 1 | 2;
};

export function ErrorState({ error, onRetry, title, headingLevel = 2 }: ErrorStateProps) {
  // A whole page that was never saved on this device cannot be shown offline: say exactly that.
  const notSavedOffline = !useOnline() && headingLevel === 1 && isNetworkFailure(error);
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingLevel === 1) headingRef.current?.focus({ preventScroll: true });
  }, [headingLevel]);
  return (
    <div className={styles.error} role="alert">
      <Heading ref={headingRef} tabIndex={-1} className={styles.title}>
        {notSavedOffline ? strings.errors.offlineTitle : (title ?? strings.errors.genericTitle)}
      </Heading>
      <p>{notSavedOffline ? strings.errors.offline : errorMessage(error)}</p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        {strings.errors.retry}
      </button>
    </div>
  );
}
