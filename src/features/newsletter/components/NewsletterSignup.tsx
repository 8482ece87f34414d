import { useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { formStrings } from '../../../lib/strings.forms';
import { submitErrorMessage } from '../../../lib/submitError';
import { useSubmission, type FieldMessages } from '../../../lib/useSubmission';
import { paths } from '../../../lib/paths';
import { subscribeMutation } from '../api';
import { OUTCOME_PARAM, type PostedSignup } from '../postedSignup';
import { subscriptionRequestSchema, type SubscriptionRequest } from '../schema';
import styles from './NewsletterSignup.module.css';

const messages: FieldMessages<keyof SubscriptionRequest> = { email: () => formStrings.newsletter.invalid };

/** What the page says about a sign-up posted without JavaScript, until the reader types or sends again. */
function postedMessages(posted: PostedSignup | undefined): { fieldError?: string; failure?: string } {
  switch (posted?.outcome) {
    case 'ogiltig':
      return { fieldError: formStrings.newsletter.invalid };
    case 'for-manga':
      return { failure: `${formStrings.forms.failed(formStrings.newsletter.what, formStrings.forms.rateLimited)} ${formStrings.forms.kept}` };
    case 'otillganglig':
      return { failure: `${formStrings.forms.failed(formStrings.newsletter.what, formStrings.newsletter.unavailable)} ${formStrings.forms.kept}` };
    default:
      return {};
  }
}

/**
 * E-mail sign-up: sending, "check your inbox" (the same for every address) and error, never losing the address.
 * Without JavaScript the form posts to the server (POST /nyhetsbrev), whose page comes back `posted`.
 */
export function NewsletterSignup({ posted: postedByServer }: { posted?: PostedSignup }) {
  const [posted, setPosted] = useState(postedByServer);
  const [email, setEmail] = useState(postedByServer?.email ?? '');
  const signup = useSubmission({
    schema: subscriptionRequestSchema,
    messages,
    mutation: subscribeMutation(),
    failureMessage: (error) => submitErrorMessage(formStrings.newsletter.what, error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPosted(undefined);
    signup.submit({ email });
  };

  const shown = postedMessages(posted);
  const field = signup.field('email');
  const fieldError = field.error ?? shown.fieldError;

  return (
    <form className={styles.form} method="post" action={paths.newsletter} onSubmit={submit} noValidate {...(posted && { [`data-${OUTCOME_PARAM}`]: posted.outcome })}>
      <ErrorSummary errors={fieldError ? [{ fieldId: field.id, message: fieldError }] : []} attempt={signup.summary.attempt} />
      <div className={styles.row}>
        <Field id={field.id} error={fieldError} label={formStrings.newsletter.email} hint={formStrings.newsletter.consent}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              value={email}
              onChange={(e) => {
                setEmail(e.target.value);
                setPosted(undefined);
                signup.changed('email', { email: e.target.value });
              }}
            />
          )}
        </Field>
        <button type="submit" className={buttons.primary} disabled={signup.isPending}>
          {signup.isPending ? formStrings.forms.sending : formStrings.newsletter.submit}
        </button>
      </div>
      <div aria-live="polite">
        {posted?.outcome === 'skickad' && <p className={buttons.status}>{formStrings.newsletter.checkInboxPosted}</p>}
        {signup.result && (
          <p className={buttons.status}>
            {formStrings.newsletter.checkInbox(signup.result.email)}
          </p>
        )}
      </div>
      {(signup.failure ?? shown.failure) && (
        <p className={buttons.failure} role="alert">
          {signup.failure ?? shown.failure}
        </p>
      )}
    </form>
  );
}
