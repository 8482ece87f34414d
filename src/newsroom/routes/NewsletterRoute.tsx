import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/format';
import { newsletterArticlesQuery, newsletterIssuesQuery, previewIssue, sendIssue, sendTestIssue, type IssueDraft } from '../api/newsletter';
import { sessionQuery } from '../api/session';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { NewsletterPreview } from './NewsletterPreview';
import { canSendNewsletter } from './newsletterLoader';
import styles from './NewsletterRoute.module.css';

const text = strings.newsletter;

/** What went wrong with a request, by field (a 422's) and as one line. */
function problemOf(error: unknown): { fields: Record<string, string[]>; message?: string } {
  if (!error) return { fields: {} };
  if (isApiError(error) && error.status === 422) return { fields: error.fieldErrors ?? {}, message: error.message };
  if (isApiError(error) && error.status === 403) return { fields: {}, message: strings.errors.forbidden };
  return { fields: {}, message: isApiError(error) && error.kind === 'http' ? error.message : strings.errors.network };
}

/** /redaktion/nyhetsbrev: pick the articles, write the intro, preview, test, send; the issues sent, with their progress. */
export function NewsletterRoute() {
  const { data: staff } = useSuspenseQuery(sessionQuery);
  return (
    <>
      <h1 tabIndex={-1}>{text.title}</h1>
      {canSendNewsletter(staff?.role) ? (
        <NewsletterDesk admin={staff?.role === 'admin'} />
      ) : (
        <p role="alert" className={ui.notice}>
          {text.noAccess}
        </p>
      )}
    </>
  );
}

function NewsletterDesk({ admin }: { admin: boolean }) {
  const queryClient = useQueryClient();
  const articles = useQuery(newsletterArticlesQuery);
  const issues = useQuery(newsletterIssuesQuery);
  const [subject, setSubject] = useState<string>(text.defaultSubject);
  const [intro, setIntro] = useState('');
  const [picked, setPicked] = useState<Set<number> | null>(null);
  const [confirming, setConfirming] = useState(false);
  const preview = useMutation({ mutationFn: previewIssue });
  const test = useMutation({ mutationFn: sendTestIssue });
  const send = useMutation({
    mutationFn: sendIssue,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: newsletterIssuesQuery.queryKey }),
  });

  const since = articles.data?.pickedSince ?? '';
  const chosen = picked ?? new Set((articles.data?.items ?? []).filter((article) => article.publishedAt >= since).map((article) => article.id));
  const draft: IssueDraft = { subject, intro, articleIds: [...chosen] };
  const problem = problemOf(send.error ?? test.error ?? preview.error);
  const pickProblem = chosen.size === 0 ? [text.pickOne] : problem.fields.articleIds;
  const busy = preview.isPending || test.isPending || send.isPending;
  const confirmed = issues.data?.subscribers.confirmed ?? 0;

  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    setPicked(next);
  };
  const act = (run: () => void) => (event?: FormEvent) => {
    event?.preventDefault();
    if (chosen.size === 0) return;
    for (const mutation of [preview, test, send]) mutation.reset();
    run();
  };

  return (
    <>
      {issues.data && <p>{text.subscribers(confirmed, issues.data.subscribers.pending)}</p>}
      {admin && (
        <p>
          <a href="/api/newsroom/subscribers.csv" download>
            {text.exportCsv}
          </a>
        </p>
      )}
      <form onSubmit={act(() => preview.mutate(draft))} noValidate>
        <FormField id="nyhetsbrev-amne" label={text.subject} errors={problem.fields.subject}>
          {(control) => <input {...control} value={subject} maxLength={150} onChange={(e) => setSubject(e.target.value)} />}
        </FormField>
        <FormField id="nyhetsbrev-inledning" label={text.intro} hint={text.introHint} errors={problem.fields.intro}>
          {(control) => <textarea {...control} value={intro} rows={6} onChange={(e) => setIntro(e.target.value)} />}
        </FormField>
        <fieldset className={styles.fieldset} aria-describedby="nyhetsbrev-artiklar-hint">
          <legend>{text.articles}</legend>
          <p id="nyhetsbrev-artiklar-hint" className={ui.hint}>
            {text.articlesHint}
          </p>
          {pickProblem && <p className={ui.error}>{pickProblem.join(' ')}</p>}
          {articles.isError ? (
            <p role="alert" className={ui.alert}>
              {strings.errors.network}
            </p>
          ) : !articles.data ? (
            <p role="status">{strings.loading}</p>
          ) : articles.data.items.length === 0 ? (
            <p>{text.noArticles}</p>
          ) : (
            <ul className={styles.articles}>
              {articles.data.items.map((article) => (
                <li key={article.id} className={styles.article}>
                  <input type="checkbox" id={`artikel-${article.id}`} checked={chosen.has(article.id)} onChange={() => toggle(article.id)} />
                  <label htmlFor={`artikel-${article.id}`}>
                    {article.headline}
                    <span className={styles.date}>{formatDateTime(article.publishedAt)}</span>
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className={ui.secondary} disabled={busy}>
            {text.preview}
          </button>
          <button type="button" className={ui.secondary} disabled={busy} onClick={act(() => test.mutate(draft))}>
            {text.sendTest}
          </button>
          {!confirming && (
            <button type="button" className={ui.primary} disabled={busy || confirmed === 0} onClick={() => chosen.size > 0 && setConfirming(true)}>
              {text.send}
            </button>
          )}
        </div>
        {confirming && (
          <div className={ui.notice} role="group" aria-label={text.send}>
            <p>{text.confirmSend(confirmed)}</p>
            <div className={ui.row}>
              <button type="button" className={ui.primary} disabled={busy} onClick={act(() => send.mutate(draft, { onSettled: () => setConfirming(false) }))}>
                {busy ? text.working : text.send}
              </button>
              <button type="button" className={ui.secondary} onClick={() => setConfirming(false)}>
                {strings.newsletter.cancel}
              </button>
            </div>
          </div>
        )}
        <div aria-live="polite">
          {busy && <p role="status">{text.working}</p>}
          {test.data && <p className={ui.success}>{text.testSent(test.data.sentTo)}</p>}
          {send.data && <p className={ui.success}>{text.sent(send.data.recipients)}</p>}
        </div>
        {problem.message && (
          <p role="alert" className={ui.alert}>
            {problem.message}
          </p>
        )}
      </form>
      {preview.data && <NewsletterPreview preview={preview.data} />}
      <IssueHistory issues={issues.data?.items} />
    </>
  );
}

function IssueHistory({ issues }: { issues: { id: number; subject: string; createdBy: string | null; createdAt: string; recipients: number; delivery: { sent: number; failed: number } }[] | undefined }) {
  return (
    <section aria-labelledby="skickade-utskick">
      <h2 id="skickade-utskick">{text.history}</h2>
      {!issues ? (
        <p role="status">{strings.loading}</p>
      ) : issues.length === 0 ? (
        <p>{text.noIssues}</p>
      ) : (
        <ul className={styles.issues}>
          {issues.map((issue) => (
            <li key={issue.id} className={styles.issue}>
              <strong>{issue.subject}</strong>
              <span className={styles.meta}>{text.by(issue.createdBy, formatDateTime(issue.createdAt))}</span>
              <p className={styles.meta} role="status">
                {text.progress(issue.delivery.sent, issue.recipients, issue.delivery.failed)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
