import { ShareIcon } from '../../../components/ShareIcon';
import { strings } from '../../../lib/strings';
import { listenStrings } from '../../../lib/strings.listen';
import buttons from '../../../components/Button.module.css';
import styles from './ListenControl.module.css';

const ICONS = { play: 'M8 5v14l11-7z', pause: 'M6 5h4v14H6zM14 5h4v14h-4z', stop: 'M6 6h12v12H6z' };

export function ListenIcon({ name }: { name: keyof typeof ICONS }) {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={ICONS[name]} />
    </svg>
  );
}

/** "Lyssna" as it looks until its code has loaded after the article is painted (not yet usable). */
export function ListenPlaceholder() {
  return (
    <div className={styles.listen} role="group" aria-label={listenStrings.controls}>
      <button type="button" className={buttons.tool} aria-disabled="true">
        <ListenIcon name="play" />
        {listenStrings.listen}
      </button>
    </div>
  );
}

/** "Dela" until its code has loaded after the article is painted (not yet usable; hidden without scripts, like Lyssna). */
export function SharePlaceholder() {
  return (
    <div className={styles.listen}>
      <button type="button" className={buttons.tool} aria-disabled="true">
        <ShareIcon className={styles.icon} />
        {strings.share.share}
      </button>
    </div>
  );
}
