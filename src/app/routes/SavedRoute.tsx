import { Link } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { PageMeta } from '../../components/PageMeta';
import { Time } from '../../components/Time';
import { paths } from '../../lib/paths';
import { removeSaved, useReadableOffline, useSavedArticles, type SavedArticle } from '../../lib/savedArticles';
import { savedStrings } from '../../lib/strings.saved';
import buttons from '../../components/Button.module.css';
import styles from './SavedRoute.module.css';

function SavedItem({ saved, offline }: { saved: SavedArticle; offline: boolean | undefined }) {
  return (
    <li className={styles.item}>
      <h2 className={styles.headline}>
        <Link to={paths.article(saved.slug)}>{saved.headline}</Link>
      </h2>
      <p className={styles.meta}>
        {savedStrings.savedAt} <Time iso={saved.savedAt} withTime />
        {offline !== undefined && (
          <>
            {' · '}
            <span data-offline={offline}>{offline ? savedStrings.offline : savedStrings.notOffline}</span>
          </>
        )}
      </p>
      <button type="button" className={`${buttons.tool} ${styles.remove}`} aria-label={savedStrings.removeLabel(saved.headline)} onClick={() => removeSaved(saved.slug)}>
        {savedStrings.remove}
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
    // The list is this device's: the app starts at once to fill it in (src/app/bootOnIntent.ts).
    <div className={styles.page} data-boot="at-once">
      <PageMeta title={savedStrings.pageTitle} description={savedStrings.pageIntro} path={paths.saved}>
        <meta name="robots" content="noindex" />
      </PageMeta>
      <PageHeader title={savedStrings.pageTitle} description={savedStrings.pageIntro} />
      <noscript>
        <p>{savedStrings.noScript}</p>
      </noscript>
      {list?.length === 0 && <p>{savedStrings.empty}</p>}
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
