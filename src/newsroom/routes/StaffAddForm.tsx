import { useState, type FormEvent } from 'react';
import { isApiError } from '../../lib/apiError';
import { addStaff } from '../api/staffAccounts';
import { STAFF_ROLES, type NewStaff, type StaffAccount } from '../api/staffSchemas';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { strings } from '../strings';

const EMPTY: NewStaff = { email: '', name: '', role: 'contributor', password: '' };
type Errors = Partial<Record<keyof NewStaff, string[]>>;

/** What the form can tell before asking the server; the server checks again (and whether the password is common). */
function checkLocally(form: NewStaff): Errors {
  const errors: Errors = {};
  if (!form.email.trim()) errors.email = [strings.staff.required];
  if (!form.name.trim()) errors.name = [strings.staff.required];
  if (form.password.length < 12) errors.password = [strings.staff.tooShort];
  return errors;
}

/** Adds a staff member; on an error, everything typed stays and each field says what is wrong. */
export function StaffAddForm({ onAdded }: { onAdded: (account: StaffAccount) => void }) {
  const [form, setForm] = useState<NewStaff>(EMPTY);
  const [errors, setErrors] = useState<Errors>({});
  const [alert, setAlert] = useState<string>();
  const [sending, setSending] = useState(false);
  const set = (field: keyof NewStaff) => (event: { target: { value: string } }) => setForm((current) => ({ ...current, [field]: event.target.value }));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const local = checkLocally(form);
    if (Object.keys(local).length) {
      setErrors(local);
      setAlert(strings.staff.invalid);
      return;
    }
    setSending(true);
    setAlert(undefined);
    try {
      const account = await addStaff(form);
      setForm(EMPTY);
      setErrors({});
      onAdded(account);
    } catch (error) {
      const fieldErrors = isApiError(error) ? (error.fieldErrors as Errors) : {};
      setErrors(fieldErrors);
      setAlert(Object.keys(fieldErrors).length ? strings.staff.invalid : isApiError(error) && error.kind === 'http' ? error.message : strings.staff.failed);
    } finally {
      setSending(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="ny-medarbetare">
      <h2 id="ny-medarbetare">{strings.staff.addTitle}</h2>
      {alert && (
        <p role="alert" className={ui.alert}>
          {alert}
        </p>
      )}
      <FormField id="ny-epost" label={strings.staff.email} errors={errors.email}>
        {(control) => <input {...control} type="email" name="email" autoComplete="off" value={form.email} onChange={set('email')} />}
      </FormField>
      <FormField id="ny-namn" label={strings.staff.name} errors={errors.name}>
        {(control) => <input {...control} type="text" name="name" autoComplete="off" value={form.name} onChange={set('name')} />}
      </FormField>
      <FormField id="ny-roll" label={strings.staff.role} errors={errors.role}>
        {(control) => (
          <select {...control} name="role" value={form.role} onChange={set('role')}>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {strings.roles[role]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="ny-losenord" label={strings.staff.password} hint={strings.staff.passwordHint} errors={errors.password}>
        {(control) => <input {...control} type="password" name="password" autoComplete="new-password" value={form.password} onChange={set('password')} />}
      </FormField>
      <button type="submit" className={ui.primary} disabled={sending}>
        {sending ? strings.staff.adding : strings.staff.add}
      </button>
    </form>
  );
}
