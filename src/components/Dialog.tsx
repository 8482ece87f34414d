import { useEffect, useId, useRef, type ReactNode } from 'react';
import { formStrings } from '../lib/strings.forms';
import styles from './Dialog.module.css';

type DialogProps = {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  /** Hide the corner close button (when the dialog has its own cancel button) */
  noCloseButton?: boolean;
};

/**
 * A native modal <dialog>: the browser traps focus and closes it on Escape.
 * Focus starts on the child marked data-autofocus (else the first control) and
 * goes back to whatever opened the dialog.
 */
export function Dialog({ open, onClose, title, children, noCloseButton = false }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      // Not React's autoFocus: that would fire before the opener is known.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);
  return (
    <dialog
      ref={ref}
      className={styles.dialog}
      aria-labelledby={titleId}
      onClose={() => {
        onClose();
        opener.current?.focus();
      }}
    >
      <div className={styles.header}>
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
        {!noCloseButton && (
          <button type="button" className={styles.close} onClick={() => ref.current?.close()} aria-label={formStrings.forms.close}>
            ×
          </button>
        )}
      </div>
      {open && children}
    </dialog>
  );
}
