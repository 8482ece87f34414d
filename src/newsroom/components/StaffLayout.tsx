import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router';
import { canModerate } from '../api/comments';
import { sessionQuery, signOut } from '../api/session';
import { moderationStrings } from '../strings.moderation';
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
            {staff?.role !== 'moderator' && <Link to="/">{strings.layout.articles}</Link>}
            {staff?.role !== 'moderator' && <Link to="/statistik">{strings.layout.statistics}</Link>}
            {(staff?.role === 'editor' || staff?.role === 'admin') && <Link to="/nyhetsbrev">{strings.layout.newsletter}</Link>}
            {staff && canModerate(staff) && <Link to="/kommentarer">{moderationStrings.nav}</Link>}
            {staff?.role === 'admin' && (
              <>
                <Link to="/personal">{strings.layout.staff}</Link>
                <Link to="/logg">{strings.layout.audit}</Link>
              </>
            )}
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
