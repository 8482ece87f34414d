import { ShareButton } from '../../../components/ShareButton';
import type { Article } from '../../../features/articles/schema';
import { CommentsSection } from '../../../features/comments/components/CommentsSection';
import { TipButton } from '../../../features/tips/components/TipButton';
import { paths } from '../../../lib/paths';
import { formStrings } from '../../../lib/strings.forms';
import styles from './ArticleEngagement.module.css';

/** What a reader can do with an article: share it, tip someone, and comment. */
export function ArticleEngagement({ article }: { article: Article }) {
  const url = new URL(paths.article(article.slug), window.location.origin).toString();
  return (
    <>
      <div className={styles.actions} data-print="hide">
        <ShareButton title={article.headline} url={url} />
        <TipButton slug={article.slug} />
      </div>
      {article.commentsEnabled ? <CommentsSection slug={article.slug} /> : <p className={styles.closed}>{formStrings.comments.closed}</p>}
    </>
  );
}
