import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { canModerate, MODERATION_STATUSES, moderationListQuery, type ModerationStatus } from '../api/comments';
import { sessionQuery } from '../api/session';
import ui from '../components/ui.module.css';
import { ModeratedCommentCard } from '../moderation/ModeratedCommentCard';
import styles from '../moderation/Moderation.module.css';
import { moderationStrings as strings } from '../strings.moderation';
import { MODERATION_TABS, moderationTab } from './moderationLoader';

const linkTo = (status: ModerationStatus) => (status === 'reported' ? '/kommentarer' : `/kommentarer?visa=${MODERATION_TABS[status]}`);

/** /redaktion/kommentarer: readers' comments that need a moderator, most reported first. */
export function ModerationRoute() {
  const { data: staff } = useSuspenseQuery(sessionQuery);
  const allowed = staff ? canModerate(staff) : false;
  return (
    <>
      <h1 tabIndex={-1}>{strings.title}</h1>
      {allowed ? (
        <ModerationLists />
      ) : (
        <p role="alert" className={ui.alert}>
          {strings.noAccess}
        </p>
      )}
    </>
  );
}

function ModerationLists() {
  const [params] = useSearchParams();
  const status = moderationTab(params);
  const list = useQuery(moderationListQuery(status));
  /** Said once a comment has gone from the list (deleted), where the focus lands. */
  const [gone, setGone] = useState<string>();
  const goneRef = useRef<HTMLParagraphElement>(null);

  return (
    <>
      <p>{strings.intro}</p>
      <nav aria-label={strings.filter} className={styles.tabs}>
        <ul className={styles.filters}>
          {MODERATION_STATUSES.map((tab) => (
            <li key={tab}>
              <Link to={linkTo(tab)} aria-current={tab === status ? 'page' : undefined} className={styles.filter} onClick={() => setGone(undefined)}>
                {strings.tabs[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {gone && (
        <p ref={goneRef} tabIndex={-1} role="status" className={ui.success}>
          {gone}
        </p>
      )}
      {list.isError && !list.data ? (
        <div className={ui.alert} role="alert">
          <p>{strings.loadFailed}</p>
          <button type="button" className={ui.secondary} onClick={() => void list.refetch()}>
            {strings.retry}
          </button>
        </div>
      ) : !list.data ? (
        <p role="status">{strings.title} …</p>
      ) : (
        <>
          <p className={styles.count} role="status">
            {strings.count(list.data.items.length)}
          </p>
          {list.data.items.length === 0 ? (
            <p>{strings.empty[status]}</p>
          ) : (
            <ul className={styles.list}>
              {list.data.items.map((comment) => (
                <li key={comment.id}>
                  <ModeratedCommentCard
                    comment={comment}
                    onDeleted={(text) => {
                      setGone(text);
                      requestAnimationFrame(() => goneRef.current?.focus());
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
