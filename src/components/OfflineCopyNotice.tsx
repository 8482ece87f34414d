import { useSyncExternalStore } from 'react';
import { offlineCopySavedAt, subscribeOfflineCopies } from '../lib/offlineCopy';
import { strings } from '../lib/strings';
import { Time } from './Time';
import styles from './OfflineCopyNotice.module.css';

/** Says that the page shows a copy saved on this device, and from when, if it does. */
export function OfflineCopyNotice({ apiPath }: { apiPath: string }) {
  const savedAt = useSyncExternalStore(
    subscribeOfflineCopies,
    () => offlineCopySavedAt(apiPath),
    () => undefined,
  );
  if (savedAt === undefined) return null;
  const valid = savedAt !== '' && !Number.isNaN(Date.parse(savedAt));
  return (
    <p className={styles.notice} role="note">
      <strong>{strings.offlineCopy.title}</strong>{' '}
      {valid ? (
        <>
          {strings.offlineCopy.savedAt} <Time iso={savedAt} withTime />.{' '}
        </>
      ) : null}
      {strings.offlineCopy.explanation}
    </p>
  );
}
