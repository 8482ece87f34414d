import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { paths } from '../../lib/paths';
import { moderate, type ModeratedComment, type ModerationStep } from '../api/comments';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { moderationStrings as strings } from '../strings.moderation';
import { failureText } from './failureText';
import styles from './Moderation.module.css';

type Asking = 'hide' | 'delete' | 'block' | undefined;
type Outcome = { text: string; failed?: boolean };

/**
 * One comment as a moderator sees it: its article (a link to the comment on the reader's
 * page), writer, time and words (as text), the reports, and what can be done with it.
 * Hiding asks why, deleting and blocking ask once more; a failure says why and keeps what was typed.
 */
export function ModeratedCommentCard({ comment, onDeleted }: { comment: ModeratedComment; onDeleted: (text: string) => void }) {
  const queryClient = useQueryClient();
  const id = useId();
  const [asking, setAsking] = useState<Asking>();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string>();
  const [working, setWorking] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLParagraphElement>(null);
  /** The buttons that asked, to give the focus back to on "Avbryt". */
  const askers = useRef<Partial<Record<NonNullable<Asking>, HTMLButtonElement | null>>>({});
  const labelId = `${id}-rubrik`;

  const ask = (what: Asking) => {
    setOutcome(undefined);
    setAsking(what);
  };
  const cancel = () => {
    const asked = asking;
    setAsking(undefined);
    setReasonError(undefined);
    requestAnimationFrame(() => asked && askers.current[asked]?.focus());
  };

  const run = async (step: ModerationStep) => {
    setWorking(true);
    setOutcome(undefined);
    try {
      await moderate(queryClient, comment, step);
      setAsking(undefined);
      if (step.kind === 'hide') setReason('');
      if (step.kind === 'delete') return onDeleted(strings.done.delete(comment.author));
      setOutcome({ text: strings.done[step.kind] });
    } catch (error) {
      setOutcome({ text: `${strings.failed[step.kind]} ${failureText(error)}`, failed: true });
    } finally {
      setWorking(false);
      // The buttons change with the comment's state: the outcome keeps the focus in the card.
      requestAnimationFrame(() => outcomeRef.current?.focus());
    }
  };

  const hide = () => {
    const given = reason.trim();
    if (!given) {
      setReasonError(strings.actions.hideReasonMissing);
      document.getElementById(`${id}-skal`)?.focus();
      return;
    }
    setReasonError(undefined);
    void run({ kind: 'hide', reason: given });
  };

  const articleLink = `${paths.article(comment.article.slug)}#kommentar-${encodeURIComponent(comment.id)}`;
  const hidden = comment.hidden;

  return (
    <article className={styles.card} aria-labelledby={labelId} data-hidden={hidden ? true : undefined}>
      <h2 id={labelId} className="visually-hidden">
        {strings.cardLabel(comment.author, comment.article.headline)}
      </h2>
      <p className={styles.article}>
        <span className={styles.label}>{strings.onArticle}: </span>
        <a href={articleLink}>{comment.article.headline}</a>
      </p>
      <p className={styles.meta}>
        <strong className={styles.author}>{comment.author}</strong> · {strings.posted} <time dateTime={comment.postedAt}>{formatDateTime(comment.postedAt)}</time>
      </p>
      <p className={styles.text}>{comment.text}</p>
      <ul className={styles.badges}>
        {comment.reports > 0 && (
          <li className={styles.reports}>
            {strings.reports(comment.reports)}
            <span className="visually-hidden">. {strings.noReasons}</span>
          </li>
        )}
        {comment.state === 'pending' && !hidden && <li className={styles.badge}>{strings.pending}</li>}
        {hidden && (
          <li className={styles.badge} data-kind="hidden">
            {hidden.byStaff ? strings.hiddenByStaff(hidden.reason ?? '') : strings.hiddenByReaders(hidden.reason ?? '')}
          </li>
        )}
        {comment.readerBlocked && <li className={styles.badge}>{strings.readerBlocked}</li>}
      </ul>

      {outcome && (
        <p ref={outcomeRef} tabIndex={-1} role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? ui.alert : ui.success}>
          {outcome.text}
        </p>
      )}

      {asking === 'hide' ? (
        <form
          className={ui.notice}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            hide();
          }}
        >
          <FormField id={`${id}-skal`} label={strings.actions.hideReason} hint={strings.actions.hideReasonHint} errors={reasonError ? [reasonError] : []}>
            {(control) => <textarea {...control} required rows={2} maxLength={300} value={reason} onChange={(event) => setReason(event.target.value)} autoFocus />}
          </FormField>
          <div className={ui.row}>
            <button type="submit" className={ui.danger} disabled={working}>
              {working ? strings.actions.working : strings.actions.hideConfirm}
            </button>
            <button type="button" className={ui.secondary} onClick={cancel}>
              {strings.actions.cancel}
            </button>
          </div>
        </form>
      ) : asking === 'delete' || asking === 'block' ? (
        <div className={ui.notice} role="group" aria-label={asking === 'delete' ? strings.actions.delete : strings.actions.block}>
          <p>{asking === 'delete' ? strings.actions.deleteQuestion : strings.actions.blockQuestion}</p>
          <div className={ui.row}>
            <button type="button" className={ui.danger} disabled={working} autoFocus onClick={() => void run({ kind: asking })}>
              {working ? strings.actions.working : asking === 'delete' ? strings.actions.deleteConfirm : strings.actions.blockConfirm}
            </button>
            <button type="button" className={ui.secondary} onClick={cancel}>
              {strings.actions.cancel}
            </button>
          </div>
        </div>
      ) : (
        <div className={ui.row}>
          {hidden ? (
            <button type="button" className={ui.secondary} disabled={working} onClick={() => void run({ kind: 'restore' })}>
              {strings.actions.restore}
            </button>
          ) : (
            <>
              {comment.state === 'pending' && (
                <button type="button" className={ui.primary} disabled={working} onClick={() => void run({ kind: 'approve' })}>
                  {strings.actions.approve}
                </button>
              )}
              <button type="button" ref={(button) => void (askers.current.hide = button)} className={ui.secondary} disabled={working} onClick={() => ask('hide')}>
                {strings.actions.hide}
              </button>
            </>
          )}
          <button type="button" ref={(button) => void (askers.current.delete = button)} className={ui.danger} disabled={working} onClick={() => ask('delete')}>
            {strings.actions.delete}
          </button>
          {comment.readerId && !comment.readerBlocked && (
            <button type="button" ref={(button) => void (askers.current.block = button)} className={ui.secondary} disabled={working} onClick={() => ask('block')}>
              {strings.actions.block}
            </button>
          )}
        </div>
      )}
    </article>
  );
}
