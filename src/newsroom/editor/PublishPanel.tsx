import { useState } from 'react';
import { isApiError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/format';
import { addCorrection, runAction, type ArticleAction } from '../api/articles';
import type { Staff, StaffArticle } from '../api/schemas';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { blockFieldId, publishProblems, type ArticleForm, type FieldErrors } from './articleForm';
import styles from './Editor.module.css';

type Props = {
  staff: Staff;
  article: StaffArticle;
  form: ArticleForm;
  /** Saves what is unsaved; true when the server has all of it. */
  saveNow: () => Promise<boolean>;
  onChanged: (article: StaffArticle) => void;
  onFieldErrors: (errors: FieldErrors) => void;
};

type Outcome = { text: string; failed?: boolean };

const FIELD_IDS: Record<string, string> = { headline: 'rubrik', lead: 'ingress', 'hero.alt': 'bild-alt', 'hero.credit': 'bild-foto' };

/** The article's way to readers: review, publish now or later, unpublish, correct; by role (the server decides anyway). */
export function PublishPanel({ staff, article, form, saveNow, onChanged, onFieldErrors }: Props) {
  const [at, setAt] = useState('');
  const [correction, setCorrection] = useState('');
  const [working, setWorking] = useState(false);
  /** Unpublishing asks once more, in the panel. */
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>();
  const canPublish = staff.role === 'editor' || staff.role === 'admin';
  const problems = publishProblems(form);
  const missing = Object.entries(problems);
  const { status } = article;

  const act = async (action: ArticleAction) => {
    setOutcome(undefined);
    if (action.kind === 'publish' || action.kind === 'schedule') {
      onFieldErrors(problems);
      if (missing.length) {
        setOutcome({ text: strings.actions.notReady, failed: true });
        return;
      }
    }
    setConfirming(false);
    setWorking(true);
    try {
      if (!(await saveNow())) {
        setOutcome({ text: strings.actions.saveFirst, failed: true });
        return;
      }
      const changed = await runAction(article.id, action);
      onChanged(changed);
      const done = strings.actions.done;
      setOutcome({ text: action.kind === 'schedule' ? done.schedule(formatDateTime(action.at)) : done[action.kind] });
    } catch (error) {
      if (isApiError(error) && error.code === 'not_ready') onFieldErrors(error.fieldErrors);
      setOutcome({ text: isApiError(error) && error.code === 'not_ready' ? strings.actions.notReady : error instanceof Error ? error.message : strings.errors.generic, failed: true });
    } finally {
      setWorking(false);
    }
  };

  const schedule = () => {
    const when = at ? new Date(at) : undefined;
    if (!when || Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
      setOutcome({ text: strings.actions.pickTime, failed: true });
      return;
    }
    void act({ kind: 'schedule', at: when.toISOString() });
  };

  const correct = async () => {
    if (!correction.trim()) return;
    setWorking(true);
    try {
      const { corrections } = await addCorrection(article.id, correction.trim());
      onChanged({ ...article, corrections });
      setCorrection('');
      setOutcome({ text: strings.actions.done.correction });
    } catch (error) {
      setOutcome({ text: error instanceof Error ? error.message : strings.errors.generic, failed: true });
    } finally {
      setWorking(false);
    }
  };

  return (
    <section className={styles.side} aria-labelledby="publicering-rubrik">
      <h2 id="publicering-rubrik">{strings.actions.title}</h2>
      <p>
        {strings.editor.status}: <strong>{strings.statuses[status]}</strong>
        {status === 'scheduled' && article.scheduledAt && ` (${formatDateTime(article.scheduledAt)})`}
      </p>
      {outcome && (
        <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? ui.alert : ui.success}>
          {outcome.text}
        </p>
      )}
      {missing.length > 0 && status !== 'published' && (
        <div className={ui.notice}>
          <p className={styles.checkTitle}>{strings.checks.summary}</p>
          <ul>
            {missing.map(([field, messages]) => (
              <li key={field}>
                <a href={`#${FIELD_IDS[field] ?? blockFieldId(form, field) ?? ''}`}>{messages.join(' ')}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.actions}>
        {status === 'draft' && (
          <button type="button" className={ui.secondary} disabled={working} onClick={() => void act({ kind: 'review' })}>
            {strings.actions.review}
          </button>
        )}
        {canPublish && status !== 'published' && (
          <button type="button" className={ui.primary} disabled={working} onClick={() => void act({ kind: 'publish' })}>
            {strings.actions.publish}
          </button>
        )}
      </div>
      {canPublish && status !== 'published' && (
        <div className={styles.schedule}>
          <FormField id="publiceringstid" label={strings.actions.scheduleAt}>
            {(control) => <input {...control} type="datetime-local" value={at} onChange={(event) => setAt(event.target.value)} />}
          </FormField>
          <button type="button" className={ui.secondary} disabled={working} onClick={schedule}>
            {strings.actions.schedule}
          </button>
        </div>
      )}
      {canPublish && (status === 'published' || status === 'scheduled') &&
        (confirming ? (
          <div className={ui.notice}>
            <p>{strings.actions.confirmUnpublish}</p>
            <div className={ui.row}>
              <button type="button" className={ui.danger} disabled={working} onClick={() => void act({ kind: 'unpublish' })}>
                {strings.actions.confirm}
              </button>
              <button type="button" className={ui.secondary} onClick={() => setConfirming(false)}>
                {strings.actions.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={ui.danger} disabled={working} onClick={() => setConfirming(true)}>
            {strings.actions.unpublish}
          </button>
        ))}
      {canPublish && status === 'published' && (
        <div className={styles.correction}>
          <FormField id="rattelse" label={strings.actions.correction}>
            {(control) => <textarea {...control} rows={3} value={correction} maxLength={2000} onChange={(event) => setCorrection(event.target.value)} />}
          </FormField>
          <button type="button" className={ui.secondary} disabled={working || !correction.trim()} onClick={() => void correct()}>
            {strings.actions.addCorrection}
          </button>
        </div>
      )}
      {article.corrections && article.corrections.length > 0 && (
        <>
          <h3>{strings.actions.corrections}</h3>
          <ul>
            {article.corrections.map((item) => (
              <li key={item.at + item.text}>
                {formatDateTime(item.at)}: {item.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
