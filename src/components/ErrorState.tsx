import { useEffect, useRef } from 'react';
import { errorMessage } from '../lib/errorMessage';
import { strings } from '../lib/strings';
import styles from './ErrorState.module.css';

type ErrorStateProps = {
  error: unknown;
  onRetry: () => void;
  title?: string;
  /** Whole-page errors take focus so keyboard and screen-reader users land on them. */
  headingLevel?: 1 | 2;
};

export function ErrorState({ error, onRetry, title = strings.errors.genericTitle, headingLevel = 2 }: ErrorStateProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (headingLevel === 1) headingRef.current?.focus({ preventScroll: true });
  }, [headingLevel]);
  return (
    <div className={styles.error} role="alert">
      <Heading ref={headingRef} tabIndex={-1} className={styles.title}>
        {title}
      </Heading>
      <p>{errorMessage(error)}</p>
      <button type="button" className={styles.retry} onClick={onRetry}>
        {strings.errors.retry}
      </button>
    </div>
  );
}
