import { useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { strings } from '../../../lib/strings';
import { formStrings } from '../../../lib/strings.forms';
import { submitErrorMessage } from '../../../lib/submitError';
import { useSubmission, type FieldMessages } from '../../../lib/useSubmission';
import { paths } from '../../../lib/paths';
import { subscribeMutation } from '../api';
import { OUTCOME_PARAM, type Outcome, type PostedSignup } from '../postedSignup';
import { subscriptionRequestSchema, type SubscriptionRequest } from '../schema';
import styles from './NewsletterSignup.module.css';

const messages: FieldMessages<keyof SubscriptionRequest> = { email: () => formStrings.newsletter.invalid };

/** Why a sign-up posted without JavaScript failed, as the JavaScript form says it (rate limited, or the server's trouble). */
const postedFailures: Partial<Record<Outcome, string>> = { 'for-manga': formStrings.forms.rateLimited, otillganglig: strings.errors.server };

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

  const field = signup.field('email');
  const fieldError = field.error ?? (posted?.outcome === 'ogiltig' ? formStrings.newsletter.invalid : undefined);
  const postedFailure = posted && postedFailures[posted.outcome];
  const failure = signup.failure ?? (postedFailure && `${formStrings.forms.failed(formStrings.newsletter.what, postedFailure)} ${formStrings.forms.kept}`);

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
      {failure && (
        <p className={buttons.failure} role="alert">
          {failure}
        </p>
      )}
    </form>
  );
}
