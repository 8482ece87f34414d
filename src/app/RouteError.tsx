import { useEffect } from 'react';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isChunkLoadError } from '../lib/errorMessage';
import { ErrorState } from '../components/ErrorState';
import { PageMeta } from '../components/PageMeta';
import { paths } from '../lib/paths';
import { strings } from '../lib/strings';
import { NotFoundPage } from './NotFoundPage';
import { AppShell } from './RootLayout';

/** A route's data failed: a 404 page, or a message with a retry inside the layout. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const missingCode = isChunkLoadError(error);
  // Code that failed to download is fetched again by a reload, done by itself once back online.
  useEffect(() => {
    if (!missingCode) return;
    const reload = () => window.location.reload();
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [missingCode]);
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  if (isRouteErrorResponse(error) && error.status === 410) return <NotFoundPage removed />;
  return (
    <>
      <PageMeta title={strings.errors.genericTitle} description={strings.siteDescription} path={paths.home} />
      <ErrorState
        error={error}
        headingLevel={1}
        onRetry={() => (missingCode ? window.location.reload() : void revalidator.revalidate())}
      />
    </>
  );
}

/** Last line of defence: the layout itself failed. A full reload is the retry. */
export function RootError() {
  const error = useRouteError();
  return (
    <AppShell>
      <ErrorState error={error} headingLevel={1} onRetry={() => window.location.reload()} />
    </AppShell>
  );
}
