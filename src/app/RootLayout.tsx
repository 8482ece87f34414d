import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation, useNavigation, useRevalidator } from 'react-router';
import { ConnectionStatus } from '../components/ConnectionStatus';
import { ThemeToggle } from '../components/ThemeToggle';
import { sectionListQuery } from '../features/articles/api';
import { SiteSearch } from '../features/search/components/SiteSearch';
import { ArticleSkeleton } from '../components/Skeleton';
import { hasOfflineCopies } from '../lib/offlineCopy';
import { paths } from '../lib/paths';
import { strings } from '../lib/strings';
import styles from './RootLayout.module.css';

const MAIN_ID = 'innehall';

function SectionNav() {
  const { data } = useQuery(sectionListQuery());
  return (
    <nav className={styles.nav} aria-label={strings.mainNav}>
      <ul>
        {data?.items.map((section) => (
          <li key={section.id}>
            <NavLink to={paths.section(section.id)}>{section.name}</NavLink>
          </li>
        ))}
        {data && (
          <li>
            <NavLink to={paths.stats()}>{strings.stats.pageTitle}</NavLink>
          </li>
        )}
        <li>
          <NavLink to={paths.saved}>{strings.saved.nav}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** Header, main landmark and footer around a page; also the loading and error fallback. */
export function AppShell({ children }: { children: ReactNode }) {
  const navigation = useNavigation();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();
  const loading = navigation.state === 'loading';
  const reconnected = () => {
    // Saved copies are replaced by fresh data however recently they were shown.
    if (hasOfflineCopies()) void queryClient.invalidateQueries();
    void revalidator.revalidate();
  };
  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href={`#${MAIN_ID}`}>
        {strings.skipToContent}
      </a>
      <div className={styles.progress} data-active={loading} aria-hidden="true" />
      <p className="visually-hidden" role="status">
        {loading ? strings.loading : ''}
      </p>
      {/* Back online: the route's data is loaded again, so an error page recovers by itself. */}
      <ConnectionStatus onReconnect={reconnected} />
      <header className={styles.header} data-print="hide">
        <div className={styles.masthead}>
          <Link to={paths.home} className={styles.logo}>
            {strings.siteName}
          </Link>
          <SiteSearch />
        </div>
        <SectionNav />
      </header>
      <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <footer className={styles.footer} data-print="hide">
        {/* The reader's settings in one place, out of the masthead so that it stays small on a phone. */}
        <section className={styles.settings} aria-labelledby="installningar">
          <h2 id="installningar" className={styles.settingsTitle}>
            {strings.settings}
          </h2>
          <ThemeToggle />
        </section>
        <p>
          <strong>{strings.siteName}</strong> – {strings.siteTagline}
        </p>
        <p>{strings.footerDemo}</p>
      </footer>
    </div>
  );
}

/**
 * Moves focus to the new page's h1 after an in-app navigation, so keyboard and
 * screen-reader users start at the top of what changed. Not on the first load
 * (the skip link must stay the first Tab stop) and not when a #fragment is the target.
 */
function useFocusHeadingOnNavigation() {
  const location = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (location.hash) return;
    // Controls that change only the query string (chart settings) keep focus where it is.
    if ((location.state as { keepFocus?: boolean } | null)?.keepFocus) return;
    document.querySelector<HTMLElement>(`#${MAIN_ID} h1`)?.focus({ preventScroll: true });
  }, [location.pathname, location.search, location.hash, location.state]);
}

export function RootLayout() {
  useFocusHeadingOnNavigation();
  return (
    <AppShell>
      <Outlet />
      <ScrollRestoration />
    </AppShell>
  );
}

/**
 * What shows until the first page's data and code are in. Also rendered at build
 * time into index.html (prerenderShell.tsx), so it is on screen before any script runs.
 */
export function LoadingShell() {
  return (
    <AppShell>
      <ArticleSkeleton />
    </AppShell>
  );
}
