import { useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorState } from '../../../components/ErrorState';
import { formStrings } from '../../../lib/strings.forms';
import { useLocationHash } from '../../../lib/useLocationHash';
import { commentsQuery, type CommentOrder } from '../api';
import { CommentForm } from './CommentForm';
import { commentElementId, CommentItem } from './CommentItem';
import styles from './Comments.module.css';

/**
 * Follows a #kommentar-:id link: loads further pages until the comment is
 * there, then scrolls to it and marks it.
 */
function useLinkedComment(ids: string[], hasNextPage: boolean, fetchNextPage: () => void, fetching: boolean) {
  const hash = useLocationHash();
  const linked = hash.startsWith('#kommentar-') ? decodeURIComponent(hash.slice('#kommentar-'.length)) : null;
  const present = linked !== null && ids.includes(linked);
  useEffect(() => {
    if (linked === null) return;
    if (present) {
      const element = document.getElementById(commentElementId(linked));
      element?.scrollIntoView({ block: 'center' });
      element?.focus({ preventScroll: true });
    } else if (hasNextPage && !fetching) {
      fetchNextPage();
    }
  }, [linked, present, hasNextPage, fetching, fetchNextPage]);
  return present ? linked : null;
}

export function CommentsSection({ slug }: { slug: string }) {
  const titleId = useId();
  const [order, setOrder] = useState<CommentOrder>('newest');
  const query = useInfiniteQuery(commentsQuery(slug, order));
  const comments = query.data?.pages.flatMap((page) => page.items) ?? [];
  const total = query.data?.pages[0]?.total;
  const linked = useLinkedComment(
    comments.map((c) => c.id),
    query.hasNextPage,
    () => void query.fetchNextPage(),
    query.isFetchingNextPage,
  );

  return (
    <section className={styles.section} aria-labelledby={titleId} data-print="hide">
      <div className={styles.sectionHeader}>
        <h2 id={titleId} className={styles.title}>
          {formStrings.comments.title}
          {total !== undefined && <span className={styles.count}> ({formStrings.comments.count(total)})</span>}
        </h2>
        <label className={styles.order}>
          {formStrings.comments.order}{' '}
          <select value={order} onChange={(e) => setOrder(e.target.value === 'oldest' ? 'oldest' : 'newest')}>
            <option value="newest">{formStrings.comments.newest}</option>
            <option value="oldest">{formStrings.comments.oldest}</option>
          </select>
        </label>
      </div>
      <CommentForm slug={slug} />
      {query.isPending ? (
        <p className={styles.loading} aria-busy="true">
          {formStrings.comments.loading}
        </p>
      ) : query.isError && !query.data ? (
        <ErrorState error={query.error} title={formStrings.comments.errorTitle} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <ol className={styles.list}>
            {comments.map((comment) => (
              <li key={comment.id}>
                <CommentItem comment={comment} highlighted={linked === comment.id} />
              </li>
            ))}
          </ol>
          {query.isFetchNextPageError && (
            <ErrorState error={query.error} title={formStrings.comments.errorTitle} onRetry={() => void query.fetchNextPage()} />
          )}
          {query.hasNextPage && (
            <button type="button" className={buttons.secondary} onClick={() => void query.fetchNextPage()} disabled={query.isFetchingNextPage}>
              {query.isFetchingNextPage ? formStrings.comments.loading : formStrings.comments.more}
            </button>
          )}
        </>
      )}
    </section>
  );
}
