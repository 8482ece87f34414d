import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { sessionQuery, signOut } from '../api/session';
import { strings } from '../strings';
import styles from './StaffLayout.module.css';

/** The signed-in pages: who is signed in, and the way out. */
export function StaffLayout() {
  const { data: staff } = useSuspenseQuery(sessionQuery);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  const leave = async () => {
    setLeaving(true);
    try {
      await signOut(queryClient);
    } finally {
      setLeaving(false);
      await navigate('/logga-in');
    }
  };
  return (
    <>
      <header className={styles.masthead}>
        <div className={styles.bar}>
          <Link to="/" className={styles.brand}>
            {strings.appName}
          </Link>
          <nav aria-label={strings.layout.nav}>
            <Link to="/">{strings.layout.articles}</Link>
            {(staff?.role === 'editor' || staff?.role === 'admin') && <Link to="/nyhetsbrev">{strings.layout.newsletter}</Link>}
          </nav>
          {staff && (
            <div className={styles.who}>
              <span>{strings.layout.signedInAs(staff.name, staff.roleName)}</span>
              <button type="button" className={styles.secondary} onClick={() => void leave()} disabled={leaving}>
                {strings.layout.signOut}
              </button>
            </div>
          )}
        </div>
      </header>
      <main id="innehall" className={styles.main}>
        <Outlet />
      </main>
    </>
  );
}
