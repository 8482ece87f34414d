import { useEffect, useRef } from 'react';
import { isApiError } from '../lib/apiError';
import { strings } from '../lib/strings';
import styles from './ErrorState.module.css';

export function errorMessage(error: unknown): string {
  if (!isApiError(error)) return strings.errors.unknown;
  switch (error.kind) {
    case 'network':
      return strings.errors.network;
    case 'timeout':
      return strings.errors.timeout;
    case 'invalid':
      return strings.errors.invalid;
    case 'http':
      return strings.errors.server;
  }
}

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
