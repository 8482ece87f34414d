import type { ReactNode } from 'react';
import styles from './Field.module.css';

type FieldProps = {
  /** The control's id; the error summary links to it */
  id: string;
  label: string;
  /** Shown under the label, tied to the control with aria-describedby */
  hint?: ReactNode;
  error?: string;
  /** Extra live text under the control, e.g. characters left */
  counter?: ReactNode;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

/** A label, a hint, an error and a counter, all tied to one form control. */
export function Field({ id, label, hint, error, counter, children }: FieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const describedBy = [error && errorId, hint && hintId, counter !== undefined && counterId].filter(Boolean).join(' ');
  return (
    <div className={styles.field} data-invalid={Boolean(error)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
      {counter !== undefined && (
        <p id={counterId} className={styles.counter} aria-live="polite">
          {counter}
        </p>
      )}
    </div>
  );
}
