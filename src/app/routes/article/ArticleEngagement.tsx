import { CommentsSection } from '../../../features/comments/components/CommentsSection';
import { TipButton } from '../../../features/tips/components/TipButton';
import { formStrings } from '../../../lib/strings.forms';
import styles from './ArticleEngagement.module.css';

/** What a reader can do with an article after reading it: tip someone, and comment. */
export function ArticleEngagement({ slug, commentsEnabled }: { slug: string; commentsEnabled: boolean }) {
  return (
    <>
      <div className={styles.actions} data-print="hide">
        <TipButton slug={slug} />
      </div>
      {commentsEnabled ? <CommentsSection slug={slug} /> : <p className={styles.closed}>{formStrings.comments.closed}</p>}
    </>
  );
}
