import { useState } from 'react';
import buttons from '../../../components/Button.module.css';
import { Dialog } from '../../../components/Dialog';
import { CopyLink } from '../../../components/CopyLink';
import { Time } from '../../../components/Time';
import { formStrings } from '../../../lib/strings.forms';
import { useSubmission } from '../../../lib/useSubmission';
import { reportCommentMutation } from '../api';
import { reportedComments } from '../reportedComments';
import type { Comment } from '../schema';
import styles from './Comments.module.css';

export const commentElementId = (id: string) => `kommentar-${id}`;

export function CommentItem({ comment, highlighted }: { comment: Comment; highlighted: boolean }) {
  if (comment.state === 'removed') return <RemovedComment comment={comment} highlighted={highlighted} />;
  return <ShownComment comment={comment} highlighted={highlighted} />;
}

/** A comment the newsroom has hidden: in its place (a link to it still lands here), without its words. */
function RemovedComment({ comment, highlighted }: { comment: Comment; highlighted: boolean }) {
  const id = commentElementId(comment.id);
  return (
    <article id={id} className={styles.comment} data-highlighted={highlighted} data-removed tabIndex={-1} aria-label={formStrings.comments.removed}>
      <p className={styles.removed}>{formStrings.comments.removed}</p>
    </article>
  );
}

function ShownComment({ comment, highlighted }: { comment: Comment; highlighted: boolean }) {
  const [reportedBefore] = useState(() => reportedComments().has(comment.id));
  const [asking, setAsking] = useState(false);
  const report = useSubmission({
    mutation: reportCommentMutation(comment.id),
    failureMessage: () => formStrings.comments.reportFailed,
  });
  // Shown as reported at once; no longer if the server says no.
  const reported = reportedBefore || report.isPending || report.result !== undefined;
  const id = commentElementId(comment.id);

  return (
    <article id={id} className={styles.comment} data-highlighted={highlighted} tabIndex={-1} aria-labelledby={`${id}-author`}>
      <header className={styles.commentHeader}>
        <h3 id={`${id}-author`} className={styles.author}>
          {comment.author}
        </h3>
        <Time iso={comment.postedAt} withTime />
        {highlighted && <span className={styles.badge}>{formStrings.comments.highlighted}</span>}
      </header>
      <p className={styles.text}>{comment.text}</p>
      <div className={styles.commentActions}>
        <CopyLink fragment={id} label={formStrings.comments.permalink}>
          {formStrings.comments.permalink}
        </CopyLink>
        {reported ? (
          <p className={styles.reported} role="status">
            {formStrings.comments.reported}
          </p>
        ) : (
          <button type="button" className={styles.reportButton} aria-label={formStrings.comments.reportLabel(comment.author)} onClick={() => setAsking(true)}>
            {formStrings.comments.report}
          </button>
        )}
      </div>
      {report.failure && (
        <p className={buttons.failure} role="alert">
          {report.failure}
        </p>
      )}
      <Dialog open={asking} onClose={() => setAsking(false)} title={formStrings.comments.reportTitle} noCloseButton>
        <p>{formStrings.comments.reportQuestion}</p>
        <blockquote className={styles.quoted}>{comment.text}</blockquote>
        <div className={buttons.actions}>
          <button
            type="button"
            className={buttons.primary}
            onClick={() => {
              setAsking(false);
              if (!reported) report.submit();
            }}
          >
            {formStrings.comments.reportConfirm}
          </button>
          <button type="button" className={buttons.secondary} onClick={() => setAsking(false)} data-autofocus>
            {formStrings.comments.reportCancel}
          </button>
        </div>
      </Dialog>
    </article>
  );
}
