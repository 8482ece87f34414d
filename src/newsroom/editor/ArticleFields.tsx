import type { SectionWithDescription } from '../../features/articles/schema';
import type { Writer } from '../api/reference';
import { FormField } from '../components/FormField';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import type { ArticleForm, FieldErrors } from './articleForm';

type Props = {
  form: ArticleForm;
  errors: FieldErrors;
  sections: SectionWithDescription[];
  writers: Writer[];
  update: (change: (form: ArticleForm) => ArticleForm) => void;
};

/** Headline, lead, section, writer and comments. */
export function ArticleFields({ form, errors, sections, writers, update }: Props) {
  const set = <K extends keyof ArticleForm>(key: K, value: ArticleForm[K]) => update((current) => ({ ...current, [key]: value }));
  // The article's own writer is offered even if the list (read when the editor opened) lacks them.
  const writerOptions = writers.some((writer) => writer.id === form.authorId) || !form.authorId ? writers : [...writers, { id: form.authorId, name: form.authorId, role: '' }];
  return (
    <>
      <FormField id="rubrik" label={strings.editor.headline} errors={errors.headline}>
        {(control) => <input {...control} value={form.headline} maxLength={300} onChange={(event) => set('headline', event.target.value)} />}
      </FormField>
      <FormField id="ingress" label={strings.editor.lead} errors={errors.lead}>
        {(control) => <textarea {...control} value={form.lead} maxLength={2000} rows={3} onChange={(event) => set('lead', event.target.value)} />}
      </FormField>
      <div className={ui.row}>
        <FormField id="sektion" label={strings.editor.section} errors={errors.section}>
          {(control) => (
            <select {...control} value={form.sectionId} onChange={(event) => set('sectionId', event.target.value)}>
              <option value="">{strings.editor.choose}</option>
              {sections.map((section) => (
                <option key={section.id} value={section.id}>
                  {section.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id="skribent" label={strings.editor.author} errors={errors.author}>
          {(control) => (
            <select {...control} value={form.authorId} onChange={(event) => set('authorId', event.target.value)}>
              <option value="">{strings.editor.choose}</option>
              {writerOptions.map((writer) => (
                <option key={writer.id} value={writer.id}>
                  {writer.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <label className={ui.check}>
        <input type="checkbox" checked={form.commentsEnabled} onChange={(event) => set('commentsEnabled', event.target.checked)} />
        {strings.editor.commentsEnabled}
      </label>
    </>
  );
}
