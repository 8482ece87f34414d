import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { Time } from '../../components/Time';
import { paths } from '../../lib/paths';
import { removeSaved, useReadableOffline, useSavedArticles, type SavedArticle } from '../../lib/savedArticles';
import { strings } from '../../lib/strings';
import styles from './SavedRoute.module.css';

function SavedItem({ saved, offline }: { saved: SavedArticle; offline: boolean | undefined }) {
  return (
    <li className={styles.item}>
      <h2 className={styles.headline}>
        <Link to={paths.article(saved.slug)}>{saved.headline}</Link>
      </h2>
      <p className={styles.meta}>
        {strings.saved.savedAt} <Time iso={saved.savedAt} withTime />
        {offline !== undefined && (
          <>
            {' · '}
            <span data-offline={offline}>{offline ? strings.saved.offline : strings.saved.notOffline}</span>
          </>
        )}
      </p>
      <button type="button" className={styles.remove} aria-label={strings.saved.removeLabel(saved.headline)} onClick={() => removeSaved(saved.slug)}>
        {strings.saved.remove}
      </button>
    </li>
  );
}

/**
 * The reader's saved articles. The list lives in this browser only, so the server
 * renders the frame and the browser fills it in after hydration (nothing to mismatch);
 * offline, the service worker's app shell renders it the same way.
 */
export function SavedRoute() {
  const list = useSavedArticles();
  const readable = useReadableOffline(list);
  return (
    <div className={styles.page}>
      <PageMeta title={strings.saved.pageTitle} description={strings.saved.pageIntro} path={paths.saved}>
        <meta name="robots" content="noindex" />
      </PageMeta>
      <PageHeader title={strings.saved.pageTitle} description={strings.saved.pageIntro} />
      <noscript>
        <p>{strings.saved.noScript}</p>
      </noscript>
      {list?.length === 0 && <p>{strings.saved.empty}</p>}
      {list && list.length > 0 && (
        <ul className={styles.list}>
          {list.map((saved) => (
            <SavedItem key={saved.slug} saved={saved} offline={readable?.has(saved.slug)} />
          ))}
        </ul>
      )}
    </div>
  );
}
