import { useEffect, useRef, useState } from 'react';
import { strings } from '../lib/strings';
import { useOnline } from '../lib/useOnline';
import styles from './ConnectionStatus.module.css';

/** Says when the reader goes offline, and briefly when the connection is back. */
export function ConnectionStatus({ onReconnect }: { onReconnect: () => void }) {
  const online = useOnline();
  const [backAgain, setBackAgain] = useState(false);
  const wasOnline = useRef(online);
  const reconnect = useRef(onReconnect);
  reconnect.current = onReconnect;
  useEffect(() => {
    const cameBack = online && !wasOnline.current;
    wasOnline.current = online;
    if (!cameBack) return;
    setBackAgain(true);
    reconnect.current();
    const timer = setTimeout(() => setBackAgain(false), 4000);
    return () => clearTimeout(timer);
  }, [online]);
  return (
    <div role="status" className={styles.status} data-print="hide">
      {!online && <p className={styles.offline}>{strings.connection.offline}</p>}
      {online && backAgain && <p className={styles.online}>{strings.connection.online}</p>}
    </div>
  );
}
