import { useState } from 'react';
import { copyText } from '../lib/copyText';
import { strings } from '../lib/strings';
import buttons from './Button.module.css';
import { ShareIcon } from './ShareIcon';
import styles from './ShareButton.module.css';

type Outcome = 'idle' | 'copied' | 'failed';

/** "Dela": the system share sheet where there is one; otherwise copies the link, and says so. */
export function ShareButton({ title, url }: { title: string; url: string }) {
  const [outcome, setOutcome] = useState<Outcome>('idle');
  const share = async () => {
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
      } catch {
        // Cancelled by the reader, or refused: nothing to report.
      }
      return;
    }
    setOutcome((await copyText(url)) ? 'copied' : 'failed');
  };
  return (
    <div className={styles.share}>
      <button type="button" className={buttons.tool} onClick={() => void share()}>
        <ShareIcon className={styles.icon} />
        {strings.share.share}
      </button>
      <p role="status" className={styles.status}>
        {outcome === 'copied' && strings.share.copied}
        {outcome === 'failed' && strings.share.copyFailed}
      </p>
      {outcome === 'failed' && <input className={styles.fallback} readOnly value={url} aria-label={strings.share.copyLink} onFocus={(e) => e.target.select()} />}
    </div>
  );
}

