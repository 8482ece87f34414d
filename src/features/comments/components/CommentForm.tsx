import { useId, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { formStrings } from '../../../lib/strings.forms';
import { submitErrorMessage } from '../../../lib/submitError';
import { useDraft } from '../../../lib/useDraft';
import { useSubmission, type FieldMessages } from '../../../lib/useSubmission';
import { postCommentMutation } from '../api';
import { COMMENT_NAME_MAX, COMMENT_TEXT_MAX, newCommentSchema, type NewComment } from '../schema';
import styles from './Comments.module.css';

const EMPTY: NewComment = { name: '', text: '' };

const messages: FieldMessages<keyof NewComment> = {
  name: ([issue]) =>
    issue.code === 'too_big' ? formStrings.comments.nameTooLong(COMMENT_NAME_MAX) : issue.code === 'invalid_format' ? formStrings.comments.nameCharacters : formStrings.comments.nameMissing,
  text: ([issue]) =>
    issue.code === 'too_big' ? formStrings.comments.textTooLong(COMMENT_TEXT_MAX) : issue.code === 'invalid_format' ? formStrings.comments.textCharacters : formStrings.comments.textMissing,
};

export function CommentForm({ slug }: { slug: string }) {
  const titleId = useId();
  const draft = useDraft<NewComment>(`kommentar-utkast:${slug}`, EMPTY);
  const post = useSubmission({
    schema: newCommentSchema,
    messages,
    mutation: postCommentMutation(slug),
    onSuccess: () => draft.clear(),
    failureMessage: (error) => submitErrorMessage(formStrings.comments.what, error),
  });

  const update = (field: keyof NewComment) => (value: string) => {
    const next = { ...draft.value, [field]: value };
    draft.setValue(next);
    post.changed(field, next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    post.submit(draft.value);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.formTitle}>
        {formStrings.comments.formTitle}
      </h3>
      {draft.restored && draft.value.text && !post.result && <p className={styles.note}>{formStrings.comments.draftRestored}</p>}
      <ErrorSummary {...post.summary} />
      <Field {...post.field('name')} label={formStrings.comments.name} hint={formStrings.comments.nameHint} counter={formStrings.forms.charsLeft(COMMENT_NAME_MAX - draft.value.name.length, COMMENT_NAME_MAX)}>
        {(control) => (
          <input {...control} name="name" autoComplete="name" value={draft.value.name} onChange={(e) => update('name')(e.target.value)} />
        )}
      </Field>
      <Field {...post.field('text')} label={formStrings.comments.text} hint={formStrings.comments.textHint} counter={formStrings.forms.charsLeft(COMMENT_TEXT_MAX - draft.value.text.length, COMMENT_TEXT_MAX)}>
        {(control) => (
          <textarea {...control} name="text" rows={5} value={draft.value.text} onChange={(e) => update('text')(e.target.value)} />
        )}
      </Field>
      <button type="submit" className={buttons.primary} disabled={post.isPending} aria-disabled={post.isPending}>
        {post.isPending ? formStrings.forms.sending : formStrings.comments.submit}
      </button>
      <div aria-live="polite">
        {post.result && <p className={buttons.status}>{post.result.state === 'published' ? formStrings.comments.published : formStrings.comments.pending}</p>}
      </div>
      {post.failure && (
        <p className={buttons.failure} role="alert">
          {post.failure}
        </p>
      )}
    </form>
  );
}
