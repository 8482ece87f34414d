import type { Article } from '../../../features/articles/schema';
import { CommentsSection } from '../../../features/comments/components/CommentsSection';
import { TipButton } from '../../../features/tips/components/TipButton';
import { formStrings } from '../../../lib/strings.forms';
import styles from './ArticleEngagement.module.css';

/** What a reader can do with an article after reading it: tip someone, and comment. */
export function ArticleEngagement({ article }: { article: Article }) {
  return (
    <>
      <div className={styles.actions} data-print="hide">
        <TipButton slug={article.slug} />
      </div>
      {article.commentsEnabled ? <CommentsSection slug={article.slug} /> : <p className={styles.closed}>{formStrings.comments.closed}</p>}
    </>
  );
}
