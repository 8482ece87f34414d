import { useState, type ReactNode } from 'react';
import { copyText } from '../lib/copyText';
import { strings } from '../lib/strings';
import styles from './CopyLink.module.css';

/** A link to a part of the page (a heading, a comment) that also copies itself. */
export function CopyLink({ fragment, label, children }: { fragment: string; label: string; children: ReactNode }) {
  const [copied, setCopied] = useState(false);
  return (
    <span className={styles.copyLink}>
      <a
        href={`#${fragment}`}
        aria-label={label}
        onClick={() => {
          const url = new URL(window.location.href);
          url.hash = fragment;
          void copyText(url.toString()).then((ok) => {
            setCopied(ok);
            if (ok) setTimeout(() => setCopied(false), 3000);
          });
        }}
      >
        {children}
      </a>
      <span role="status" className={styles.copiedInline}>
        {copied ? strings.share.copied : ''}
      </span>
    </span>
  );
}
