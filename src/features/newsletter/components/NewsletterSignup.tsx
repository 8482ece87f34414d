import { useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { formStrings } from '../../../lib/strings.forms';
import { submitErrorMessage } from '../../../lib/submitError';
import { useSubmission, type FieldMessages } from '../../../lib/useSubmission';
import { subscribeMutation } from '../api';
import { subscriptionRequestSchema, type SubscriptionRequest } from '../schema';
import styles from './NewsletterSignup.module.css';

const messages: FieldMessages<keyof SubscriptionRequest> = { email: () => formStrings.newsletter.invalid };

/** E-mail sign-up: sending, "check your inbox" (the same for every address) and error, never losing the address. */
export function NewsletterSignup() {
  const [email, setEmail] = useState('');
  const signup = useSubmission({
    schema: subscriptionRequestSchema,
    messages,
    mutation: subscribeMutation(),
    failureMessage: (error) => submitErrorMessage(formStrings.newsletter.what, error),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signup.submit({ email });
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <ErrorSummary {...signup.summary} />
      <div className={styles.row}>
        <Field {...signup.field('email')} label={formStrings.newsletter.email} hint={formStrings.newsletter.consent}>
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
        {signup.result && (
          <p className={buttons.status}>
            {formStrings.newsletter.checkInbox(signup.result.email)}
          </p>
        )}
      </div>
      {signup.failure && (
        <p className={buttons.failure} role="alert">
          {signup.failure}
        </p>
      )}
    </form>
  );
}
