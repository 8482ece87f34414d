import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../lib/apiError';
import { signIn } from '../api/session';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import styles from './SignInRoute.module.css';

/** Only a path inside the newsroom is a place to go back to (never another site). */
const backTo = (value: string | null) => (value && value.startsWith('/') && !value.startsWith('//') ? value : '/');

function errorText(error: unknown): string {
  if (!isApiError(error)) return strings.signIn.failed;
  if (error.status === 429) return strings.signIn.tooMany(error.retryAfterSeconds ?? 15 * 60);
  if (error.status === 401) return strings.signIn.wrong;
  if (error.status === 422) return strings.signIn.missing;
  return strings.signIn.failed;
}

/** /redaktion/logga-in: e-mail and password; what was typed stays after an error. */
export function SignInRoute() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(strings.signIn.missing);
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      await signIn(queryClient, { email, password });
      await navigate(backTo(params.get('tillbaka')), { replace: true });
    } catch (failure) {
      setError(errorText(failure));
      setSending(false);
    }
  };

  const describedBy = error ? 'inloggning-fel' : undefined;
  return (
    <main id="innehall" className={styles.page}>
      <h1 tabIndex={-1}>{strings.signIn.title}</h1>
      <p>{strings.signIn.intro}</p>
      <form onSubmit={(event) => void submit(event)} noValidate className={styles.form}>
        {error && (
          <p id="inloggning-fel" role="alert" className={ui.alert}>
            {error}
          </p>
        )}
        <FormField id="epost" label={strings.signIn.email}>
          {(control) => (
            <input
              {...control}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField id="losenord" label={strings.signIn.password}>
          {(control) => (
            <input
              {...control}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <button type="submit" className={ui.primary} disabled={sending}>
          {sending ? strings.signIn.sending : strings.signIn.submit}
        </button>
      </form>
    </main>
  );
}
