import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { isApiError } from '../../../lib/apiError';
import { useIdempotencyKey } from '../../../lib/idempotency';
import { strings } from '../../../lib/strings';
import { submitErrorMessage } from '../../../lib/submitError';
import { useDraft } from '../../../lib/useDraft';
import { postComment } from '../api';
import { COMMENT_NAME_MAX, COMMENT_TEXT_MAX, type Comment, type NewComment } from '../schema';
import styles from './Comments.module.css';

const EMPTY: NewComment = { name: '', text: '' };
type Errors = Partial<Record<keyof NewComment, string>>;

export function validateComment({ name, text }: NewComment): Errors {
  const errors: Errors = {};
  if (!name.trim()) errors.name = strings.comments.nameMissing;
  else if (name.trim().length > COMMENT_NAME_MAX) errors.name = strings.comments.nameTooLong(COMMENT_NAME_MAX);
  if (!text.trim()) errors.text = strings.comments.textMissing;
  else if (text.trim().length > COMMENT_TEXT_MAX) errors.text = strings.comments.textTooLong(COMMENT_TEXT_MAX);
  return errors;
}

export function CommentForm({ slug }: { slug: string }) {
  const formId = useId();
  const queryClient = useQueryClient();
  const draft = useDraft<NewComment>(`kommentar-utkast:${slug}`, EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [posted, setPosted] = useState<Comment | null>(null);
  const key = useIdempotencyKey();
  const post = useMutation({
    mutationFn: (comment: NewComment) => postComment(slug, comment, key.current()),
    onSuccess: (comment) => {
      setPosted(comment);
      draft.clear();
      key.renew();
      void queryClient.invalidateQueries({ queryKey: ['comments', slug] });
    },
    onError: (error) => {
      if (isApiError(error) && error.status === 422) {
        setErrors({ name: error.fieldErrors.name?.[0], text: error.fieldErrors.text?.[0] });
        setAttempt((n) => n + 1);
      }
    },
  });

  const update = (field: keyof NewComment) => (value: string) => {
    draft.setValue({ ...draft.value, [field]: value });
    key.renew();
    setPosted(null);
    if (errors[field]) setErrors({ ...errors, [field]: validateComment({ ...draft.value, [field]: value })[field] });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (post.isPending) return;
    const found = validateComment(draft.value);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) post.mutate({ name: draft.value.name.trim(), text: draft.value.text.trim() });
  };

  const summary = (Object.entries(errors) as [keyof NewComment, string | undefined][])
    .filter((entry): entry is [keyof NewComment, string] => Boolean(entry[1]))
    .map(([field, message]) => ({ fieldId: `${formId}-${field}`, message }));

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`} className={styles.formTitle}>
        {strings.comments.formTitle}
      </h3>
      {draft.restored && draft.value.text && !posted && <p className={styles.note}>{strings.comments.draftRestored}</p>}
      <ErrorSummary errors={summary} attempt={attempt} />
      <Field id={`${formId}-name`} label={strings.comments.name} hint={strings.comments.nameHint} error={errors.name} counter={strings.forms.charsLeft(COMMENT_NAME_MAX - draft.value.name.length, COMMENT_NAME_MAX)}>
        {(control) => (
          <input {...control} name="name" autoComplete="name" value={draft.value.name} onChange={(e) => update('name')(e.target.value)} />
        )}
      </Field>
      <Field id={`${formId}-text`} label={strings.comments.text} hint={strings.comments.textHint} error={errors.text} counter={strings.forms.charsLeft(COMMENT_TEXT_MAX - draft.value.text.length, COMMENT_TEXT_MAX)}>
        {(control) => (
          <textarea {...control} name="text" rows={5} value={draft.value.text} onChange={(e) => update('text')(e.target.value)} />
        )}
      </Field>
      <button type="submit" className={buttons.primary} disabled={post.isPending} aria-disabled={post.isPending}>
        {post.isPending ? strings.forms.sending : strings.comments.submit}
      </button>
      <div aria-live="polite">
        {posted && <p className={buttons.status}>{posted.state === 'published' ? strings.comments.published : strings.comments.pending}</p>}
      </div>
      {post.isError && !(isApiError(post.error) && post.error.status === 422) && (
        <p className={buttons.failure} role="alert">
          {submitErrorMessage(strings.comments.what, post.error)}
        </p>
      )}
    </form>
  );
}
