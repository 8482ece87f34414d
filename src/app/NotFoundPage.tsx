import { Link } from 'react-router';
import { PageMeta } from '../components/PageMeta';
import { paths } from '../lib/paths';
import { strings } from '../lib/strings';
import styles from './NotFoundPage.module.css';

/** Nothing here (404), or an article the newsroom has taken down (`removed`, 410). */
export function NotFoundPage({ removed = false }: { removed?: boolean }) {
  const title = removed ? strings.errors.removedTitle : strings.errors.notFoundTitle;
  const text = removed ? strings.errors.removedText : strings.errors.notFoundText;
  return (
    <div className={styles.notFound}>
      <PageMeta title={title} description={text} path="/404" />
      <meta name="robots" content="noindex" />
      <p className={styles.code} aria-hidden="true">
        {removed ? 410 : 404}
      </p>
      <h1 tabIndex={-1}>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to={paths.home} className={styles.back}>
          {strings.errors.notFoundBack}
        </Link>
      </p>
    </div>
  );
}
