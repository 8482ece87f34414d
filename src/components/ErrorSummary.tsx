import { useEffect, useRef } from 'react';
import { formStrings } from '../lib/strings.forms';
import styles from './ErrorSummary.module.css';


type ErrorSummaryProps = {
  errors: { fieldId: string; message: string }[];
  /** Changes on every submit, so the summary takes focus again even with the same errors */
  attempt: number;
};

/** All of a form's errors in one list, focused on submit, each linking to its field. */
export function ErrorSummary({ errors, attempt }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0 && errors.length) ref.current?.focus();
    // Only a new submit moves focus, not every keystroke that changes the errors.
  }, [attempt]);
  if (!errors.length) return null;
  return (
    <div ref={ref} className={styles.summary} tabIndex={-1} role="alert">
      <p className={styles.title}>{formStrings.forms.summaryTitle(errors.length)}</p>
      <ul>
        {errors.map((error) => (
          <li key={error.fieldId + error.message}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.fieldId)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
