import { useState, type FormEvent } from 'react';
import buttons from '../../../components/Button.module.css';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { Field } from '../../../components/Field';
import { formStrings } from '../../../lib/strings.forms';
import { submitErrorMessage } from '../../../lib/submitError';
import { useSubmission, type FieldMessages } from '../../../lib/useSubmission';
import { sendTipMutation } from '../api';
import { parseRecipients } from '../parseRecipients';
import { MAX_TIP_MESSAGE, MAX_TIP_NAME, MAX_TIP_RECIPIENTS, tipRequestSchema, type TipRequest } from '../schema';

type Values = Record<keyof TipRequest, string>;

const toRequest = (values: Values): TipRequest => ({
  recipients: parseRecipients(values.recipients),
  senderName: values.senderName,
  senderEmail: values.senderEmail,
  message: values.message.trim() || undefined,
});

const messages: FieldMessages<keyof TipRequest> = {
  recipients: (issues) => {
    // Each entry that is not an address is named; only then does their number matter.
    // Each entry once, however many of its rules it breaks (too long and not an address).
    const invalid = new Map(issues.filter((issue) => issue.path.length > 1).map((issue) => [issue.path[1], String(issue.input)]));
    if (invalid.size) return [...invalid.values()].map(formStrings.tips.invalidAddress).join(', ');
    return issues[0].code === 'too_big' ? formStrings.tips.tooMany(MAX_TIP_RECIPIENTS) : formStrings.tips.noRecipients;
  },
  senderName: ([issue]) =>
    issue.code === 'too_small' ? formStrings.tips.nameMissing : issue.code === 'too_big' ? formStrings.tips.nameTooLong(MAX_TIP_NAME) : formStrings.tips.nameCharacters,
  senderEmail: () => formStrings.tips.emailInvalid,
  message: ([issue]) => (issue.code === 'too_big' ? formStrings.tips.messageTooLong(MAX_TIP_MESSAGE) : formStrings.tips.messageCharacters),
};

export function TipForm({ slug }: { slug: string }) {
  const [values, setValues] = useState<Values>({ recipients: '', senderName: '', senderEmail: '', message: '' });
  const send = useSubmission({
    schema: tipRequestSchema,
    messages,
    mutation: sendTipMutation(slug),
    failureMessage: (error) => submitErrorMessage(formStrings.tips.what, error),
  });

  const update = (field: keyof Values) => (value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    send.changed(field, toRequest(next));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    send.submit(toRequest(values));
  };

  return (
    <form onSubmit={submit} noValidate>
      <ErrorSummary {...send.summary} />
      <Field {...send.field('recipients')} label={formStrings.tips.recipients} hint={formStrings.tips.recipientsHint(MAX_TIP_RECIPIENTS)}>
        {(control) => (
          <textarea {...control} name="recipients" rows={3} autoComplete="off" value={values.recipients} onChange={(e) => update('recipients')(e.target.value)} />
        )}
      </Field>
      <Field {...send.field('senderName')} label={formStrings.tips.senderName}>
        {(control) => <input {...control} name="senderName" autoComplete="name" value={values.senderName} onChange={(e) => update('senderName')(e.target.value)} />}
      </Field>
      <Field {...send.field('senderEmail')} label={formStrings.tips.senderEmail}>
        {(control) => (
          <input {...control} type="email" name="senderEmail" autoComplete="email" value={values.senderEmail} onChange={(e) => update('senderEmail')(e.target.value)} />
        )}
      </Field>
      <Field
        {...send.field('message')}
        label={`${formStrings.tips.message} (${formStrings.forms.optional})`}
        counter={formStrings.forms.charsLeft(MAX_TIP_MESSAGE - values.message.length, MAX_TIP_MESSAGE)}
      >
        {(control) => <textarea {...control} name="message" rows={3} value={values.message} onChange={(e) => update('message')(e.target.value)} />}
      </Field>
      <button type="submit" className={buttons.primary} disabled={send.isPending}>
        {send.isPending ? formStrings.forms.sending : formStrings.tips.submit}
      </button>
      <div aria-live="polite">{send.result && <p className={buttons.status}>{formStrings.tips.sent(send.result.sent)}</p>}</div>
      {send.failure && (
        <p className={buttons.failure} role="alert">
          {send.failure}
        </p>
      )}
    </form>
  );
}
