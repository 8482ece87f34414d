import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link, useLoaderData, useLocation } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { articleQuery } from '../api/articles';
import { sectionsQuery, writersQuery } from '../api/reference';
import { sessionQuery } from '../api/session';
import type { Staff, StaffArticle } from '../api/schemas';
import ui from '../components/ui.module.css';
import { emptyForm } from '../editor/articleForm';
import { ArticleFields } from '../editor/ArticleFields';
import { BlockList } from '../editor/BlockList';
import { ConflictPanel } from '../editor/ConflictPanel';
import styles from '../editor/Editor.module.css';
import { HeroFields } from '../editor/HeroFields';
import { PreviewPanel } from '../editor/PreviewPanel';
import { PublishPanel } from '../editor/PublishPanel';
import { ArticleCommentSettings } from '../moderation/ArticleCommentSettings';
import { RevisionList } from '../editor/RevisionList';
import { useArticleEditor, type SaveState } from '../editor/useArticleEditor';
import { signInPath } from '../router';
import { strings } from '../strings';
import type { editorLoader } from './editorLoader';

/** /redaktion/artiklar/:id and /redaktion/artiklar/ny: the article editor. */
export function EditorRoute() {
  const { id } = useLoaderData<Awaited<ReturnType<ReturnType<typeof editorLoader>>>>();
  const { data: staff } = useSuspenseQuery(sessionQuery);
  // Read by the loader already (so never a wait here); a new article has none.
  const { data: article } = useQuery({ ...articleQuery(id ?? 0), enabled: id !== undefined });
  // A new article, once saved, gets its address: the same editor goes on, nothing typed meanwhile is lost.
  const state: unknown = useLocation().state;
  const editorKey = state && typeof state === 'object' && 'editorKey' in state ? String(state.editorKey) : String(id ?? 'ny');
  if (!staff || (id !== undefined && !article)) return null;
  return <ArticleEditor key={editorKey} staff={staff} initial={id === undefined ? undefined : article} />;
}

function SaveStatus({ save, dirty }: { save: SaveState; dirty: boolean }) {
  const location = useLocation();
  const text = (() => {
    switch (save.kind) {
      case 'saving':
        return strings.save.saving;
      case 'saved':
        return dirty ? strings.save.unsaved : strings.save.saved(formatDateTime(save.at));
      case 'incomplete':
        return strings.editor.needsBeforeSaving;
      case 'offline':
        return strings.save.offline;
      case 'signedOut':
        return strings.save.signedOut;
      case 'invalid':
        return strings.save.invalid;
      case 'failed':
        return strings.save.failed(save.message);
      case 'idle':
        return dirty ? strings.save.unsaved : '';
    }
  })();
  const trouble = ['offline', 'signedOut', 'invalid', 'failed'].includes(save.kind);
  return (
    <p className={trouble ? ui.alert : styles.saveStatus} role={trouble ? 'alert' : 'status'}>
      {text}
      {save.kind === 'signedOut' && (
        <>
          {' '}
          <a href={`/redaktion${signInPath(new URL(location.pathname + location.search, window.location.origin))}`} target="_blank" rel="noreferrer">
            {strings.save.signInAgain}
          </a>
        </>
      )}
    </p>
  );
}

function ArticleEditor({ staff, initial }: { staff: Staff; initial?: StaffArticle }) {
  const { data: sections } = useSuspenseQuery(sectionsQuery);
  const { data: writers } = useSuspenseQuery(writersQuery);
  const editor = useArticleEditor(initial, emptyForm);
  const { form, article, fieldErrors, conflict } = editor;

  return (
    <div className={styles.editor}>
      <p>
        <Link to="/">← {strings.editor.back}</Link>
      </p>
      <div className={styles.title}>
        <h1 tabIndex={-1}>{article ? strings.editor.editTitle : strings.editor.newTitle}</h1>
        {article && (
          <p className={styles.note}>
            {strings.statuses[article.status]} · {strings.editor.version(article.version)} · {strings.editor.address(article.slug)}
          </p>
        )}
      </div>
      {editor.localCopy && (
        <div className={ui.notice} role="status">
          <p>{strings.save.localCopy}</p>
          <div className={ui.row}>
            <button type="button" className={ui.secondary} onClick={editor.restoreLocalCopy}>
              {strings.save.useLocal}
            </button>
            <button type="button" className={ui.secondary} onClick={editor.discardLocalCopy}>
              {strings.save.dropLocal}
            </button>
          </div>
        </div>
      )}
      {conflict && <ConflictPanel mine={form} theirs={conflict} onKeepMine={() => void editor.keepMine()} onTakeTheirs={editor.takeTheirs} />}
      <div className={styles.columns}>
        <form
          className={styles.form}
          aria-labelledby="innehall-rubrik"
          onSubmit={(event) => {
            event.preventDefault();
            void editor.save();
          }}
        >
          <h2 id="innehall-rubrik" className="visually-hidden">
            {strings.editor.content}
          </h2>
          <ArticleFields form={form} errors={fieldErrors} sections={sections.items} writers={writers} update={editor.update} />
          <HeroFields hero={form.hero} errors={fieldErrors} update={editor.update} />
          <BlockList blocks={form.blocks} update={editor.update} errors={fieldErrors} />
          <div className={styles.saveBar}>
            <button type="submit" className={ui.primary} disabled={editor.saveState.kind === 'saving' || Boolean(conflict)}>
              {strings.save.save}
            </button>
            <PreviewPanel form={form} sections={sections.items} writers={writers} article={article} />
            <SaveStatus save={editor.saveState} dirty={editor.dirty} />
          </div>
        </form>
        {article && (
          <div className={styles.aside}>
            <PublishPanel staff={staff} article={article} form={form} saveNow={editor.save} onChanged={editor.replaceArticle} onFieldErrors={editor.setFieldErrors} />
            <ArticleCommentSettings staff={staff} articleId={article.id} commentsEnabled={form.commentsEnabled} onCommentsEnabled={(enabled) => editor.update((current) => ({ ...current, commentsEnabled: enabled }))} />
            <RevisionList article={article} canRestore onRestored={(restored) => editor.replaceArticle(restored, { form: true })} />
          </div>
        )}
      </div>
    </div>
  );
}
