import { useQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { auditQuery, staffListQuery, type AuditFilter } from '../api/staffAccounts';
import type { AuditEntry } from '../api/staffSchemas';
import { AdminOnly } from '../components/AdminOnly';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { auditFilter } from './adminLoaders';
import styles from './AuditRoute.module.css';

/** /redaktion/logg (admins): the audit log, newest first, filtered by action and by who, a page at a time. */
export function AuditRoute() {
  return (
    <AdminOnly title={strings.audit.title}>
      <AuditLog />
    </AdminOnly>
  );
}

/** The address of a page of the log with this filter. */
function logPath(filter: AuditFilter): string {
  const params = new URLSearchParams();
  if (filter.action) params.set('handelse', filter.action);
  if (filter.staff !== undefined) params.set('medarbetare', String(filter.staff));
  if (filter.before !== undefined) params.set('fore', String(filter.before));
  const query = params.toString();
  return query ? `/logg?${query}` : '/logg';
}

function AuditLog() {
  const [params] = useSearchParams();
  const filter = auditFilter(params);
  const log = useQuery(auditQuery(filter));
  const staff = useQuery(staffListQuery);
  const actions = Object.entries(strings.audit.actions);
  return (
    <>
      <h1 tabIndex={-1}>{strings.audit.title}</h1>
      <p>{strings.audit.intro}</p>
      <Form action="/logg" className={styles.filters} aria-label={strings.audit.show}>
        <div>
          <label htmlFor="logg-handelse">{strings.audit.action}</label>
          <select id="logg-handelse" name="handelse" defaultValue={filter.action ?? ''} key={`a-${filter.action ?? ''}`}>
            <option value="">{strings.audit.all}</option>
            {actions.map(([action, label]) => (
              <option key={action} value={action}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="logg-medarbetare">{strings.audit.staff}</label>
          <select id="logg-medarbetare" name="medarbetare" defaultValue={filter.staff ?? ''} key={`s-${filter.staff ?? ''}-${staff.data?.items.length ?? 0}`}>
            <option value="">{strings.audit.all}</option>
            {staff.data?.items.map((account) => (
              <option key={account.id} value={account.id}>
                {account.name} ({account.email})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={ui.secondary}>
          {strings.audit.show}
        </button>
      </Form>
      {log.isError ? (
        <p role="alert" className={ui.alert}>
          {strings.audit.loadFailed}
        </p>
      ) : !log.data ? (
        <p role="status">{strings.loading}</p>
      ) : log.data.items.length === 0 ? (
        <p role="status">{strings.audit.empty}</p>
      ) : (
        <ol className={styles.entries}>
          {log.data.items.map((entry) => (
            <AuditLine key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
      {log.data && (filter.before !== undefined || log.data.next !== null) && (
        <nav aria-label={strings.audit.paging} className={styles.paging}>
          {filter.before !== undefined && <Link to={logPath({ ...filter, before: undefined })}>{strings.audit.newer}</Link>}
          {log.data.next !== null && <Link to={logPath({ ...filter, before: log.data.next })}>{strings.audit.older}</Link>}
        </nav>
      )}
    </>
  );
}

const ROLE_NAMES: Record<string, string> = strings.roles;

/** One value of what changed: a role by its Swedish name, yes and no in words. */
const detailValue = (value: unknown) =>
  typeof value === 'string' ? (ROLE_NAMES[value] ?? value) : typeof value === 'boolean' ? (value ? 'ja' : 'nej') : JSON.stringify(value);

/** What changed, as `från: Medarbetare, till: Redaktör`; shown as text, never as markup. */
const detailsText = (details: AuditEntry['details']) =>
  Object.entries(details)
    .map(([key, value]) => `${strings.audit.details[key] ?? key}: ${detailValue(value)}`)
    .join(', ');

function AuditLine({ entry }: { entry: AuditEntry }) {
  const details = detailsText(entry.details);
  return (
    <li className={styles.entry}>
      <time dateTime={entry.at} className={styles.when}>
        {formatDateTime(entry.at)}
      </time>
      <span className={styles.action} data-action={entry.action}>
        {strings.audit.actions[entry.action] ?? entry.action}
      </span>
      <span className={styles.who}>{entry.staff ? `${entry.staff.name} (${entry.staff.email})` : entry.action === 'sign-in-failed' ? strings.audit.unknownAccount : strings.audit.system}</span>
      {entry.target && <span className={styles.target}>{entry.target}</span>}
      {(details || entry.address) && <span className={styles.details}>{[details, entry.address && strings.audit.from(entry.address)].filter(Boolean).join(' · ')}</span>}
    </li>
  );
}
