import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useMemo, useState } from 'react';
import { Link, useLoaderData, useLocation, useNavigate } from 'react-router';
import { parseStatsCsv } from '../../features/stats/parseStatsCsv';
import { isApiError } from '../../lib/apiError';
import { createStats, saveStats, staffStatsQuery, type StaffStats, type StatsPayload } from '../api/stats';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import styles from '../editor/Editor.module.css';
import { strings } from '../strings';
import { StatsPreview } from './StatsPreview';
import type { statsEditorLoader } from './statsLoaders';

type Form = { title: string; description: string; unit: string; sourceName: string; sourceUrl: string; notes: string; illustrative: boolean; csv: string };

const EMPTY: Form = { title: '', description: '', unit: '', sourceName: '', sourceUrl: '', notes: '', illustrative: false, csv: 'period;Serie\n' };

const formOf = (set: StaffStats): Form => ({
  title: set.title,
  description: set.description,
  unit: set.unit,
  sourceName: set.source.name,
  sourceUrl: set.source.url,
  notes: set.notes.join('\n'),
  illustrative: set.illustrative,
  csv: set.csv,
});

const payloadOf = (form: Form): StatsPayload => ({
  title: form.title.trim(),
  description: form.description.trim(),
  unit: form.unit.trim(),
  source: { name: form.sourceName.trim(), url: form.sourceUrl.trim() },
  notes: form.notes.split('\n').map((note) => note.trim()).filter(Boolean),
  illustrative: form.illustrative,
  csv: form.csv,
});

type Outcome = { text: string; failed?: boolean };

/** /redaktion/statistik/:id and …/ny: a set's fields, its numbers pasted as CSV, and the reader's chart of them. */
export function StatsEditorRoute() {
  const { id } = useLoaderData<Awaited<ReturnType<ReturnType<typeof statsEditorLoader>>>>();
  const { data: set } = useQuery({ ...staffStatsQuery(id ?? ''), enabled: id !== undefined });
  if (id !== undefined && !set) return null;
  return <StatsEditor key={id ?? 'ny'} id={id} initial={set} />;
}

function StatsEditor({ id, initial }: { id: string | undefined; initial: StaffStats | undefined }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [form, setForm] = useState<Form>(() => (initial ? formOf(initial) : EMPTY));
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [saving, setSaving] = useState(false);
  const state: unknown = useLocation().state;
  const [outcome, setOutcome] = useState<Outcome | undefined>(() => (state && typeof state === 'object' && 'created' in state ? { text: strings.stats.created } : undefined));
  const set = <K extends keyof Form>(key: K, value: Form[K]) => setForm((current) => ({ ...current, [key]: value }));
  const csv = useDeferredValue(form.csv);
  const parsed = useMemo(() => parseStatsCsv(csv), [csv]);
  const csvErrors = parsed.ok ? errors.csv : parsed.errors;

  const save = async () => {
    setSaving(true);
    setOutcome(undefined);
    try {
      const saved = id === undefined ? await createStats(payloadOf(form)) : await saveStats(id, payloadOf(form));
      setErrors({});
      queryClient.setQueryData(staffStatsQuery(saved.id).queryKey, saved);
      void queryClient.invalidateQueries({ queryKey: ['newsroom', 'stats', 'list'] });
      // The reader's own copy of the set is read afresh by the next page that shows it.
      void queryClient.invalidateQueries({ queryKey: ['stats'] });
      if (id === undefined) {
        await navigate(`/statistik/${saved.id}`, { replace: true, state: { created: true } });
        return;
      }
      setOutcome({ text: strings.stats.saved });
    } catch (error) {
      if (isApiError(error) && error.status === 422) {
        setErrors(error.fieldErrors ?? {});
        setOutcome({ text: strings.stats.invalid, failed: true });
      } else setOutcome({ text: strings.stats.failed(error instanceof Error ? error.message : strings.errors.generic), failed: true });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.editor}>
      <p>
        <Link to="/statistik">← {strings.stats.back}</Link>
      </p>
      <div className={styles.title}>
        <h1 tabIndex={-1}>{id === undefined ? strings.stats.newTitle : strings.stats.editTitle}</h1>
        {id !== undefined && (
          <p className={styles.note}>
            <a href={`/statistik/${id}`} target="_blank" rel="noreferrer">
              {strings.stats.readerLink}: /statistik/{id}
            </a>
          </p>
        )}
      </div>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <FormField id="statistik-rubrik" label={strings.stats.setTitle} errors={errors.title}>
          {(control) => <input {...control} value={form.title} maxLength={200} onChange={(event) => set('title', event.target.value)} />}
        </FormField>
        <FormField id="statistik-beskrivning" label={strings.stats.description} errors={errors.description}>
          {(control) => <textarea {...control} rows={2} value={form.description} maxLength={1000} onChange={(event) => set('description', event.target.value)} />}
        </FormField>
        <div className={styles.pair}>
          <FormField id="statistik-enhet" label={strings.stats.unit} hint={strings.stats.unitHint} errors={errors.unit}>
            {(control) => <input {...control} value={form.unit} maxLength={100} onChange={(event) => set('unit', event.target.value)} />}
          </FormField>
          <FormField id="statistik-kalla" label={strings.stats.sourceName} errors={errors.source}>
            {(control) => <input {...control} value={form.sourceName} maxLength={200} onChange={(event) => set('sourceName', event.target.value)} />}
          </FormField>
        </div>
        <FormField id="statistik-adress" label={strings.stats.sourceUrl}>
          {(control) => <input {...control} type="url" value={form.sourceUrl} maxLength={500} spellCheck={false} onChange={(event) => set('sourceUrl', event.target.value)} />}
        </FormField>
        <FormField id="statistik-noter" label={strings.stats.notes} errors={errors.notes}>
          {(control) => <textarea {...control} rows={3} value={form.notes} onChange={(event) => set('notes', event.target.value)} />}
        </FormField>
        <label className={ui.check}>
          <input type="checkbox" checked={form.illustrative} onChange={(event) => set('illustrative', event.target.checked)} />
          {strings.stats.illustrative}
        </label>
        <FormField id="statistik-csv" label={strings.stats.csv} hint={strings.stats.csvHint} errors={csvErrors}>
          {(control) => <textarea {...control} rows={10} value={form.csv} spellCheck={false} className={styles.csv} onChange={(event) => set('csv', event.target.value)} />}
        </FormField>
        <div className={styles.saveBar}>
          <button type="submit" className={ui.primary} disabled={saving}>
            {saving ? strings.stats.saving : strings.stats.save}
          </button>
          {outcome && (
            <p role={outcome.failed ? 'alert' : 'status'} className={outcome.failed ? ui.alert : ui.success}>
              {outcome.text}
            </p>
          )}
        </div>
      </form>
      <section className={styles.group} aria-labelledby="forhandsvisning-rubrik">
        <h2 id="forhandsvisning-rubrik">{strings.stats.preview}</h2>
        {parsed.ok ? (
          <>
            <p className={styles.note}>{strings.stats.previewNote}</p>
            <StatsPreview
              stats={{
                id: id ?? 'ny',
                title: form.title || strings.stats.newTitle,
                unit: form.unit,
                description: form.description,
                source: { name: form.sourceName, url: form.sourceUrl },
                notes: payloadOf(form).notes,
                provenance: form.illustrative ? 'illustrative' : 'official',
                updatedAt: new Date().toISOString().slice(0, 10),
                series: parsed.series,
              }}
            />
          </>
        ) : (
          <p>{strings.stats.previewEmpty}</p>
        )}
      </section>
    </div>
  );
}
