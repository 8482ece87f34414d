import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDateTime } from '../../lib/format';
import { restoreRevision, revisionsQuery } from '../api/articles';
import type { StaffArticle } from '../api/schemas';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import styles from './Editor.module.css';
import { RevisionCompare } from './RevisionCompare';

type Props = { article: StaffArticle; canRestore: boolean; onRestored: (article: StaffArticle) => void };

/** Every saved version, newest first, each one restorable (as a new version: nothing is overwritten). */
export function RevisionList({ article, canRestore, onRestored }: Props) {
  const queryClient = useQueryClient();
  const revisions = useQuery({ ...revisionsQuery(article.id), queryKey: [...revisionsQuery(article.id).queryKey, article.version] });
  const [message, setMessage] = useState<{ text: string; failed?: boolean }>();
  const [comparing, setComparing] = useState<{ from: number; to: number }>();
  const items = revisions.data?.items ?? [];
  const latest = items[0]?.version ?? article.version;
  const restore = async (version: number) => {
    try {
      const restored = await restoreRevision(article.id, version);
      onRestored(restored);
      setMessage({ text: strings.revisions.restored(version) });
      await queryClient.invalidateQueries({ queryKey: revisionsQuery(article.id).queryKey });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : strings.errors.generic, failed: true });
    }
  };
  return (
    <section className={styles.side} aria-labelledby="versioner-rubrik">
      <h2 id="versioner-rubrik">{strings.revisions.title}</h2>
      {message && (
        <p role={message.failed ? 'alert' : 'status'} className={message.failed ? ui.alert : ui.success}>
          {message.text}
        </p>
      )}
      {revisions.data?.items.length === 0 && <p>{strings.revisions.empty}</p>}
      <ol className={styles.revisions}>
        {items.map((revision) => (
          <li key={revision.version}>
            <span>
              {strings.revisions.entry(revision.version, formatDateTime(revision.at), revision.staff)}
              <br />
              <span className={styles.note}>{revision.record.headline}</span>
            </span>
            <span className={styles.revisionTools}>
              {items.length > 1 && (
                <button
                  type="button"
                  className={ui.small}
                  aria-label={strings.revisions.compareLabel(revision.version)}
                  // The chosen version against the current one; the current one against the one before it.
                  onClick={() => setComparing(revision.version === latest ? { from: items[1]?.version ?? latest, to: latest } : { from: revision.version, to: latest })}
                >
                  {strings.revisions.compare}
                </button>
              )}
              {revision.version === article.version ? (
                <span className={styles.note}>{strings.revisions.current}</span>
              ) : (
                canRestore && (
                  <button type="button" className={ui.small} aria-label={strings.revisions.restoreLabel(revision.version)} onClick={() => void restore(revision.version)}>
                    {strings.revisions.restore}
                  </button>
                )
              )}
            </span>
          </li>
        ))}
      </ol>
      {comparing && <RevisionCompare revisions={items} from={comparing.from} to={comparing.to} onClose={() => setComparing(undefined)} />}
    </section>
  );
}
