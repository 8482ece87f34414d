import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../lib/apiError';
import { formatDateTime } from '../../lib/format';
import { sessionQuery } from '../api/session';
import { changeStaff, staffListQuery } from '../api/staffAccounts';
import { STAFF_ROLES, type StaffAccount, type StaffChange, type StaffRole } from '../api/staffSchemas';
import { AdminOnly } from '../components/AdminOnly';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { StaffAddForm } from './StaffAddForm';
import styles from './StaffRoute.module.css';

type Notice = { kind: 'success' | 'alert'; text: string };

/** /redaktion/personal (admins): every account, its role and whether it may sign in; a new one added below. */
export function StaffRoute() {
  return (
    <AdminOnly title={strings.staff.title}>
      <StaffAdmin />
    </AdminOnly>
  );
}

function StaffAdmin() {
  const queryClient = useQueryClient();
  const list = useQuery(staffListQuery);
  const [notice, setNotice] = useState<Notice>();

  const change = async (account: StaffAccount, body: StaffChange, done: (changed: StaffAccount) => string) => {
    setNotice(undefined);
    try {
      const changed = await changeStaff(account.id, body);
      setNotice({ kind: 'success', text: done(changed) });
    } catch (error) {
      setNotice({ kind: 'alert', text: isApiError(error) && error.kind === 'http' ? error.message : strings.staff.failed });
    }
    await queryClient.invalidateQueries({ queryKey: ['newsroom'] });
  };

  return (
    <>
      <h1 tabIndex={-1}>{strings.staff.title}</h1>
      <div role={notice?.kind === 'alert' ? 'alert' : 'status'} className={notice ? ui[notice.kind] : undefined}>
        {notice?.text}
      </div>
      <section aria-labelledby="konton" className={styles.accounts}>
        <h2 id="konton">{strings.staff.listTitle}</h2>
        {list.isError ? (
          <p role="alert" className={ui.alert}>
            {strings.staff.loadFailed}
          </p>
        ) : !list.data ? (
          <p role="status">{strings.loading}</p>
        ) : (
          <>
            <p className={styles.count}>{strings.staff.count(list.data.items.length)}</p>
            <ul className={styles.list}>
              {list.data.items.map((account) => (
                <StaffRow key={`${account.id}-${account.role}`} account={account} onChange={change} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section className={styles.add}>
        <StaffAddForm
          onAdded={(account) => {
            setNotice({ kind: 'success', text: strings.staff.added(account.name) });
            void queryClient.invalidateQueries({ queryKey: ['newsroom', 'staff'] });
          }}
        />
      </section>
    </>
  );
}

type RowProps = { account: StaffAccount; onChange: (account: StaffAccount, body: StaffChange, done: (changed: StaffAccount) => string) => Promise<void> };

function StaffRow({ account, onChange }: RowProps) {
  const { data: me } = useSuspenseQuery(sessionQuery);
  const [role, setRole] = useState<StaffRole>(account.role);
  const [busy, setBusy] = useState(false);
  const run = async (body: StaffChange, done: (changed: StaffAccount) => string) => {
    setBusy(true);
    await onChange(account, body, done);
    setBusy(false);
  };
  const roleId = `roll-${account.id}`;
  return (
    <li className={styles.account} data-disabled={account.disabled}>
      <div className={styles.who}>
        <strong>
          {account.name} {me?.id === account.id && <span className={styles.muted}>{strings.staff.you}</span>}
        </strong>
        <span className={styles.email}>{account.email}</span>
        <span className={styles.muted}>
          {account.disabled ? strings.staff.disabled : strings.staff.active} · {strings.staff.lastSignIn(account.lastSignInAt && formatDateTime(account.lastSignInAt))}
        </span>
      </div>
      <div className={styles.controls}>
        <label htmlFor={roleId} className="visually-hidden">
          {strings.staff.roleFor(account.name)}
        </label>
        <select id={roleId} value={role} onChange={(event) => setRole(event.target.value as StaffRole)}>
          {STAFF_ROLES.map((option) => (
            <option key={option} value={option}>
              {strings.roles[option]}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={ui.secondary}
          aria-label={strings.staff.changeRoleFor(account.name)}
          disabled={busy || role === account.role}
          onClick={() => void run({ role }, (changed) => strings.staff.roleChanged(changed.name, changed.roleName))}
        >
          {strings.staff.changeRole}
        </button>
        {account.disabled ? (
          <button type="button" className={ui.secondary} aria-label={strings.staff.enableFor(account.name)} disabled={busy} onClick={() => void run({ disabled: false }, (changed) => strings.staff.enabledDone(changed.name))}>
            {strings.staff.enable}
          </button>
        ) : (
          <button type="button" className={ui.danger} aria-label={strings.staff.disableFor(account.name)} disabled={busy} onClick={() => void run({ disabled: true }, (changed) => strings.staff.disabledDone(changed.name))}>
            {strings.staff.disable}
          </button>
        )}
      </div>
    </li>
  );
}
