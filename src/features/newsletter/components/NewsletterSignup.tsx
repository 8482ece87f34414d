import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { isApiError } from '../../../lib/apiError';
import { useIdempotencyKey } from '../../../lib/idempotency';
import { strings } from '../../../lib/strings';
import { submitErrorMessage } from '../../../lib/submitError';
import { isEmailAddress } from '../../../lib/email';
import { subscribe } from '../api';
import styles from './NewsletterSignup.module.css';

const isConflict = (error: unknown) => isApiError(error) && error.status === 409;

/** E-mail sign-up: sending, done, already subscribed (409) and error, never losing the address. */
export function NewsletterSignup() {
  const formId = useId();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const key = useIdempotencyKey();
  const signup = useMutation({
    mutationFn: (address: string) => subscribe(address, key.current()),
    onSuccess: () => key.renew(),
    onError: (failure) => {
      if (isApiError(failure) && failure.status === 422) {
        setError(failure.fieldErrors.email?.[0] ?? strings.newsletter.invalid);
        setAttempt((n) => n + 1);
      }
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (signup.isPending) return;
    const address = email.trim();
    const invalid = isEmailAddress(address) ? undefined : strings.newsletter.invalid;
    setError(invalid);
    setAttempt((n) => n + 1);
    if (!invalid) signup.mutate(address);
  };

  const fieldId = `${formId}-email`;
  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} attempt={attempt} />
      <div className={styles.row}>
        <Field id={fieldId} label={strings.newsletter.email} hint={strings.newsletter.consent} error={error}>
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
                key.renew();
                if (!signup.isPending) signup.reset();
                if (error && isEmailAddress(e.target.value.trim())) setError(undefined);
              }}
            />
          )}
        </Field>
        <button type="submit" className={buttons.primary} disabled={signup.isPending}>
          {signup.isPending ? strings.forms.sending : strings.newsletter.submit}
        </button>
      </div>
      <div aria-live="polite">
        {signup.isSuccess && <p className={buttons.status}>{strings.newsletter.done(signup.data.email)}</p>}
        {isConflict(signup.error) && <p className={buttons.status}>{strings.newsletter.already(email.trim())}</p>}
      </div>
      {signup.isError && !isConflict(signup.error) && !(isApiError(signup.error) && signup.error.status === 422) && (
        <p className={buttons.failure} role="alert">
          {submitErrorMessage(strings.newsletter.what, signup.error)}
        </p>
      )}
    </form>
  );
}
