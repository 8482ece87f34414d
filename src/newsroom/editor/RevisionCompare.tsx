import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { formatDateTime } from '../../lib/format';
import type { z } from 'zod/mini';
import type { revisionsSchema } from '../api/schemas';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import styles from './Editor.module.css';
import { compareRecords, type DiffPart } from './revisionDiff';

type Revision = z.infer<typeof revisionsSchema>['items'][number];

type Props = { revisions: Revision[]; from: number; to: number; onClose: () => void };

/** Inserted and deleted words, marked by more than colour (underline, strike-through) and named for screen readers. */
function Parts({ parts }: { parts: DiffPart[] }) {
  return parts.map((part, index) => {
    if (part.change === 'added')
      return (
        <ins key={index}>
          <span className="visually-hidden">[{strings.revisions.added} </span>
          {part.text}
          <span className="visually-hidden"> {strings.revisions.end}]</span>
        </ins>
      );
    if (part.change === 'removed')
      return (
        <del key={index}>
          <span className="visually-hidden">[{strings.revisions.removed} </span>
          {part.text}
          <span className="visually-hidden"> {strings.revisions.end}]</span>
        </del>
      );
    return <span key={index}>{part.text}</span>;
  });
}

/** Two saved versions side by side in time: what changed from one to the other, field by field. */
export function RevisionCompare({ revisions, from: initialFrom, to: initialTo, onClose }: Props) {
  const [from, setFrom] = useState(initialFrom);
  const [to, setTo] = useState(initialTo);
  const before = revisions.find((revision) => revision.version === from);
  const after = revisions.find((revision) => revision.version === to);
  const fields = before && after ? compareRecords(before.record, after.record) : [];
  const choose = (id: string, label: string, value: number, set: (version: number) => void) => (
    <div className={ui.field}>
      <label htmlFor={id} className={ui.label}>
        {label}
      </label>
      <select id={id} value={value} onChange={(event) => set(Number(event.target.value))}>
        {revisions.map((revision) => (
          <option key={revision.version} value={revision.version}>
            {strings.revisions.versionOption(revision.version, formatDateTime(revision.at))}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <Dialog open onClose={onClose} title={strings.revisions.compareTitle}>
      <div className={ui.row}>
        {choose('jamfor-fran', strings.revisions.from, from, setFrom)}
        {choose('jamfor-till', strings.revisions.to, to, setTo)}
      </div>
      <p className={styles.note}>{strings.revisions.legend}</p>
      <p role="status">{fields.length ? strings.revisions.changes(fields.length) : strings.revisions.same}</p>
      <dl className={styles.diff}>
        {fields.map((field, index) => (
          <div key={index}>
            <dt>{field.label}</dt>
            <dd>
              <Parts parts={field.parts} />
            </dd>
          </div>
        ))}
      </dl>
    </Dialog>
  );
}
