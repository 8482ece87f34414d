import { useEffect, useRef } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router';
import { strings } from '../strings';
import styles from './NewsroomRoot.module.css';

/** What shows while the first page's data loads (the app renders in the browser only). */
export function NewsroomLoading() {
  return (
    <p className={styles.loading} role="status">
      {strings.loading}
    </p>
  );
}

/**
 * The frame of every newsroom page: the skip link, and focus on the new page's heading
 * after an in-app navigation (not on the first load, where the skip link stays first).
 */
export function NewsroomRoot() {
  const { pathname, state } = useLocation();
  // A new article given its address while it is being written: the writer's focus stays put.
  const keepFocus = Boolean(state && typeof state === 'object' && 'keepFocus' in state);
  const navigation = useNavigation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!keepFocus) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [pathname, keepFocus]);
  return (
    <>
      <a className={styles.skip} href="#innehall">
        {strings.skipToContent}
      </a>
      {navigation.state !== 'idle' && (
        <div className={styles.progress} role="status">
          <span className="visually-hidden">{strings.loading}</span>
        </div>
      )}
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
