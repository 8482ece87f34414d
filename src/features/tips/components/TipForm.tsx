import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { isApiError } from '../../../lib/apiError';
import { useIdempotencyKey } from '../../../lib/idempotency';
import { strings } from '../../../lib/strings';
import { submitErrorMessage } from '../../../lib/submitError';
import { sendTip } from '../api';
import { isEmailAddress } from '../../../lib/email';
import { isSafeSenderName, parseRecipients } from '../parseRecipients';
import { MAX_TIP_MESSAGE, MAX_TIP_RECIPIENTS } from '../schema';

type Values = { recipients: string; senderName: string; senderEmail: string; message: string };
type Errors = Partial<Record<keyof Values, string>>;

export function validateTip(values: Values): Errors {
  const errors: Errors = {};
  const parsed = parseRecipients(values.recipients);
  if (parsed.invalid.length) errors.recipients = parsed.invalid.map(strings.tips.invalidAddress).join(', ');
  else if (parsed.tooMany) errors.recipients = strings.tips.tooMany(MAX_TIP_RECIPIENTS);
  else if (!parsed.addresses.length) errors.recipients = strings.tips.noRecipients;
  if (!values.senderName.trim()) errors.senderName = strings.tips.nameMissing;
  else if (!isSafeSenderName(values.senderName)) errors.senderName = strings.tips.nameLineBreak;
  if (!isEmailAddress(values.senderEmail.trim())) errors.senderEmail = strings.tips.emailInvalid;
  if (values.message.length > MAX_TIP_MESSAGE) errors.message = strings.tips.messageTooLong(MAX_TIP_MESSAGE);
  return errors;
}

export function TipForm({ slug }: { slug: string }) {
  const formId = useId();
  const [values, setValues] = useState<Values>({ recipients: '', senderName: '', senderEmail: '', message: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const key = useIdempotencyKey();
  const send = useMutation({
    mutationFn: () =>
      sendTip(
        slug,
        {
          recipients: parseRecipients(values.recipients).addresses,
          senderName: values.senderName.trim(),
          senderEmail: values.senderEmail.trim(),
          message: values.message.trim() || undefined,
        },
        key.current(),
      ),
    onSuccess: () => key.renew(),
    onError: (error) => {
      if (isApiError(error) && error.status === 422) {
        const f = error.fieldErrors;
        setErrors({ recipients: f.recipients?.join(', '), senderName: f.senderName?.[0], senderEmail: f.senderEmail?.[0], message: f.message?.[0] });
        setAttempt((n) => n + 1);
      }
    },
  });

  const update = (field: keyof Values) => (value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    key.renew();
    if (send.isSuccess) send.reset();
    if (errors[field]) setErrors({ ...errors, [field]: validateTip(next)[field] });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (send.isPending) return;
    const found = validateTip(values);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length === 0) send.mutate();
  };

  const summary = (Object.entries(errors) as [keyof Values, string | undefined][])
    .filter((entry): entry is [keyof Values, string] => Boolean(entry[1]))
    .map(([field, message]) => ({ fieldId: `${formId}-${field}`, message }));

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary errors={summary} attempt={attempt} />
      <Field id={`${formId}-recipients`} label={strings.tips.recipients} hint={strings.tips.recipientsHint(MAX_TIP_RECIPIENTS)} error={errors.recipients}>
        {(control) => (
          <textarea {...control} name="recipients" rows={3} autoComplete="off" value={values.recipients} onChange={(e) => update('recipients')(e.target.value)} />
        )}
      </Field>
      <Field id={`${formId}-senderName`} label={strings.tips.senderName} error={errors.senderName}>
        {(control) => <input {...control} name="senderName" autoComplete="name" value={values.senderName} onChange={(e) => update('senderName')(e.target.value)} />}
      </Field>
      <Field id={`${formId}-senderEmail`} label={strings.tips.senderEmail} error={errors.senderEmail}>
        {(control) => (
          <input {...control} type="email" name="senderEmail" autoComplete="email" value={values.senderEmail} onChange={(e) => update('senderEmail')(e.target.value)} />
        )}
      </Field>
      <Field
        id={`${formId}-message`}
        label={`${strings.tips.message} (${strings.forms.optional})`}
        error={errors.message}
        counter={strings.forms.charsLeft(MAX_TIP_MESSAGE - values.message.length, MAX_TIP_MESSAGE)}
      >
        {(control) => <textarea {...control} name="message" rows={3} value={values.message} onChange={(e) => update('message')(e.target.value)} />}
      </Field>
      <button type="submit" className={buttons.primary} disabled={send.isPending}>
        {send.isPending ? strings.forms.sending : strings.tips.submit}
      </button>
      <div aria-live="polite">{send.isSuccess && <p className={buttons.status}>{strings.tips.sent(send.data.sent)}</p>}</div>
      {send.isError && !(isApiError(send.error) && send.error.status === 422) && (
        <p className={buttons.failure} role="alert">
          {submitErrorMessage(strings.tips.what, send.error)}
        </p>
      )}
    </form>
  );
}
