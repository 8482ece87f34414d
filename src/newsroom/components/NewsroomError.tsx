import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../../lib/apiError';
import { strings } from '../strings';
import styles from './StaffLayout.module.css';

/** A page that could not load: what happened, in words, and a way on. */
export function NewsroomError() {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : isApiError(error) ? error.status : undefined;
  const message =
    status === 404 ? strings.errors.notFound : status === 403 ? strings.errors.forbidden : isApiError(error) && error.kind !== 'http' ? strings.errors.network : strings.errors.generic;
  return (
    <main id="innehall" className={styles.main}>
      <h1 tabIndex={-1}>{strings.errors.title}</h1>
      <p role="alert">{message}</p>
      <p className={styles.actions}>
        <button type="button" className={styles.secondary} onClick={() => window.location.reload()}>
          {strings.errors.retry}
        </button>
        <Link to="/">{strings.editor.back}</Link>
      </p>
    </main>
  );
}
