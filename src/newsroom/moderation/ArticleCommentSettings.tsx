import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { canSetCommentMode, COMMENT_MODES, commentModeQuery, setCommentMode, type CommentMode } from '../api/comments';
import type { Staff } from '../api/schemas';
import ui from '../components/ui.module.css';
import editor from '../editor/Editor.module.css';
import { moderationStrings } from '../strings.moderation';
import { failureText } from './failureText';
import styles from './Moderation.module.css';

const strings = moderationStrings.settings;

type Props = {
  staff: Staff;
  articleId: number;
  /** The editor's own "Tillåt kommentarer", kept in step so that the next save does not undo a choice made here. */
  commentsEnabled: boolean;
  onCommentsEnabled: (enabled: boolean) => void;
};

/**
 * An article's comments, for editors and admins: open, pre-moderated (new comments wait for
 * approval; for sensitive cases) or closed. Saved at once, apart from the article's own saves.
 */
export function ArticleCommentSettings({ staff, articleId, commentsEnabled, onCommentsEnabled }: Props) {
  const queryClient = useQueryClient();
  const id = useId();
  const allowed = canSetCommentMode(staff);
  const saved = useQuery({ ...commentModeQuery(articleId), enabled: allowed });
  /** The choice being saved, shown as chosen at once; the one before comes back if saving fails. */
  const [choosing, setChoosing] = useState<CommentMode>();
  const [outcome, setOutcome] = useState<{ text: string; failed?: boolean }>();
  if (!allowed) return null;

  // Closed or open follows the editor's form (it may not be saved yet); pre-moderation is the server's.
  const current: CommentMode | undefined = choosing ?? (!commentsEnabled ? 'closed' : saved.data ? (saved.data.mode === 'premoderated' ? 'premoderated' : 'open') : undefined);

  const choose = async (mode: CommentMode) => {
    // One choice at a time; the radios stay enabled so that the focus stays on the one chosen.
    if (choosing) return;
    setChoosing(mode);
    setOutcome(undefined);
    try {
      const answer = await setCommentMode(articleId, mode);
      queryClient.setQueryData(commentModeQuery(articleId).queryKey, answer);
      if ((mode !== 'closed') !== commentsEnabled) onCommentsEnabled(mode !== 'closed');
      setOutcome({ text: strings.saved[mode] });
    } catch (error) {
      setOutcome({ text: `${strings.failed} ${failureText(error)}`, failed: true });
    } finally {
      setChoosing(undefined);
    }
  };

  return (
    <section className={`${editor.side} ${styles.settings}`} aria-labelledby={`${id}-rubrik`}>
      <h2 id={`${id}-rubrik`}>{strings.title}</h2>
      {saved.isError && !saved.data ? (
        <p role="alert" className={ui.alert}>
          {strings.loadFailed} {failureText(saved.error)}
        </p>
      ) : (
        <fieldset disabled={current === undefined}>
          <legend>{strings.legend}</legend>
          {COMMENT_MODES.map((mode) => (
            <label key={mode} className={styles.option}>
              <input type="radio" name={`${id}-lage`} value={mode} checked={current === mode} onChange={() => void choose(mode)} />
              <span>{strings.modes[mode]}</span>
            </label>
          ))}
        </fieldset>
      )}
      {outcome && (
        <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? ui.alert : ui.success}>
          {outcome.text}
        </p>
      )}
      <p>
        <Link to="/kommentarer">{strings.moderate}</Link>
      </p>
    </section>
  );
}
