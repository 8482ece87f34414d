import type { ReactNode } from 'react';
import styles from './ui.module.css';

type FormFieldProps = {
  id: string;
  label: string;
  hint?: string;
  /** Shown beside the field and tied to it with aria-describedby */
  errors?: readonly string[];
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
};

/** A label, a hint and the field's errors, all tied to one control. */
export function FormField({ id, label, hint, errors = [], children }: FormFieldProps) {
  const error = errors.join(' ');
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ');
  return (
    <div className={styles.field} data-invalid={Boolean(error)}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy || undefined, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
