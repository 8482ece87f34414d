import { Link } from 'react-router';
import { PageMeta } from '../components/PageMeta';
import { paths } from '../lib/paths';
import { strings } from '../lib/strings';
import styles from './NotFoundPage.module.css';

export function NotFoundPage() {
  return (
    <div className={styles.notFound}>
      <PageMeta title={strings.errors.notFoundTitle} description={strings.errors.notFoundText} path="/404" />
      <meta name="robots" content="noindex" />
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1 tabIndex={-1}>{strings.errors.notFoundTitle}</h1>
      <p>{strings.errors.notFoundText}</p>
      <p>
        <Link to={paths.home} className={styles.back}>
          {strings.errors.notFoundBack}
        </Link>
      </p>
    </div>
  );
}
