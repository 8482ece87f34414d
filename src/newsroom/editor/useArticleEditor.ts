import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isApiError } from '../../lib/apiError';
import { createArticle, saveArticle } from '../api/articles';
import { staffArticleSchema, type StaffArticle } from '../api/schemas';
import { StaleVersion } from '../api/staffApi';
import { formFromArticle, missingForSaving, payloadFromForm, type ArticleForm, type FieldErrors } from './articleForm';
import { dropLocalCopy, keepLocalCopy, readLocalCopy } from './localCopy';

/** How long typing pauses before the draft is saved. */
const AUTOSAVE_MS = 1500;
/** How soon a save that failed on the network is tried again. */
const RETRY_MS = 10_000;

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'incomplete' }
  | { kind: 'offline' }
  | { kind: 'signedOut' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

type EditorState = {
  form: ArticleForm;
  /** The article as the server last had it (its id, version, status); none before the first save. */
  article: StaffArticle | undefined;
  /** Changes since the last save, counted, so a save knows whether typing went on meanwhile. */
  edits: number;
  savedEdits: number;
  saveState: SaveState;
  /** The version someone else saved meanwhile, while the editor chooses. */
  conflict: StaffArticle | undefined;
  fieldErrors: FieldErrors;
  /** The edit count at which a save was refused (invalid, not allowed, signed out): tried again after the next edit. */
  stuckAt?: number;
};

/**
 * The editor's state and its saving: debounced while typing, at once on leaving, with
 * If-Match; a 412 keeps both versions for the editor to choose; a failure keeps the text
 * on this device (localStorage) until the server has it.
 */
export function useArticleEditor(initial: StaffArticle | undefined, emptyForm: () => ArticleForm) {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const localId = initial?.id ?? 'ny';
  const [state, setState] = useState<EditorState>(() => ({
    form: initial ? formFromArticle(initial) : emptyForm(),
    article: initial,
    edits: 0,
    savedEdits: 0,
    saveState: { kind: 'idle' },
    conflict: undefined,
    fieldErrors: {},
  }));
  const [localCopy, setLocalCopy] = useState(() => {
    const copy = readLocalCopy(localId);
    // A copy the server already has (saved as the page closed) is no news.
    if (copy && initial && sameContent(copy.form, formFromArticle(initial))) {
      dropLocalCopy(localId);
      return undefined;
    }
    return copy;
  });
  const latest = useRef(state);
  latest.current = state;
  const inFlight = useRef<Promise<void> | undefined>(undefined);

  const update = useCallback((change: (form: ArticleForm) => ArticleForm) => {
    setState((current) => {
      const form = change(current.form);
      keepLocalCopy(current.article?.id ?? 'ny', form, current.article?.version ?? null);
      return { ...current, form, edits: current.edits + 1 };
    });
  }, []);

  const save = useCallback(
    /** Resolves true when the server has everything typed so far. */
    async (options: { keepalive?: boolean } = {}): Promise<boolean> => {
      if (inFlight.current) await inFlight.current;
      const { form, article, edits, savedEdits, conflict } = latest.current;
      if (conflict) return false;
      if (article && edits === savedEdits) return true;
      if (!article && missingForSaving(form).length) {
        setState((current) => ({ ...current, saveState: { kind: 'incomplete' }, stuckAt: edits }));
        return false;
      }
      const run = async (): Promise<boolean> => {
        setState((current) => ({ ...current, saveState: { kind: 'saving' } }));
        try {
          const payload = payloadFromForm(form);
          const saved = article ? await saveArticle(article.id, article.version, payload, options) : await createArticle(payload);
          if (article) dropLocalCopy(article.id);
          else {
            dropLocalCopy('ny');
            keepLocalCopy(saved.id, latest.current.form, saved.version);
          }
          setState((current) => ({
            ...current,
            article: { ...saved, corrections: current.article?.corrections ?? saved.corrections },
            // An existing subheading keeps the id the server now has.
            form: { ...current.form, slug: saved.slug },
            savedEdits: edits,
            fieldErrors: {},
            saveState: { kind: 'saved', at: new Date().toISOString() },
          }));
          if (latest.current.edits === edits) dropLocalCopy(saved.id);
          void queryClient.invalidateQueries({ queryKey: ['newsroom', 'articles'], refetchType: 'none' });
          // The state above is what the next save reads, before React has rendered it.
          latest.current = { ...latest.current, article: saved, savedEdits: edits };
          if (!article) void navigate(`/artiklar/${saved.id}`, { replace: true, state: { editorKey: 'ny', keepFocus: true } });
          return latest.current.edits === edits;
        } catch (error) {
          const failure = { ...failedSave(error), stuckAt: edits };
          latest.current = { ...latest.current, ...failure };
          setState((current) => ({ ...current, ...failure }));
          return false;
        }
      };
      const running = run();
      inFlight.current = running.then(() => undefined).finally(() => (inFlight.current = undefined));
      return running;
    },
    [navigate, queryClient],
  );

  // Saved automatically once typing pauses.
  const { edits, savedEdits, conflict, saveState, stuckAt } = state;
  useEffect(() => {
    if (edits === savedEdits || conflict || (stuckAt === edits && saveState.kind !== 'offline')) return;
    const wait = saveState.kind === 'offline' ? RETRY_MS : AUTOSAVE_MS;
    const timer = setTimeout(() => void save(), wait);
    return () => clearTimeout(timer);
  }, [edits, savedEdits, conflict, saveState.kind, stuckAt, save]);

  // And on leaving: the page closing, or another page of the newsroom.
  useEffect(() => {
    const retry = () => void save();
    const leave = () => void save({ keepalive: true });
    window.addEventListener('online', retry);
    window.addEventListener('pagehide', leave);
    return () => {
      window.removeEventListener('online', retry);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [save]);

  const keepMine = useCallback(async () => {
    const theirs = latest.current.conflict;
    if (!theirs) return;
    setState((current) => ({ ...current, article: theirs, conflict: undefined }));
    latest.current = { ...latest.current, article: theirs, conflict: undefined };
    await save();
  }, [save]);

  const takeTheirs = useCallback(() => {
    const theirs = latest.current.conflict;
    if (!theirs) return;
    dropLocalCopy(theirs.id);
    setState((current) => ({ ...current, form: formFromArticle(theirs), article: theirs, conflict: undefined, savedEdits: current.edits, saveState: { kind: 'idle' } }));
  }, []);

  /** After a publish, a restore and the like: the server's article is the new starting point. */
  const replaceArticle = useCallback((article: StaffArticle, options: { form?: boolean } = {}) => {
    setState((current) => ({
      ...current,
      article: { ...article, corrections: article.corrections ?? current.article?.corrections },
      ...(options.form ? { form: formFromArticle(article), savedEdits: current.edits } : {}),
    }));
  }, []);

  const setFieldErrors = useCallback((fieldErrors: FieldErrors) => setState((current) => ({ ...current, fieldErrors })), []);

  const restoreLocalCopy = useCallback(() => {
    if (localCopy) update(() => localCopy.form);
    setLocalCopy(undefined);
  }, [localCopy, update]);
  const discardLocalCopy = useCallback(() => {
    dropLocalCopy(localId);
    setLocalCopy(undefined);
  }, [localId]);

  return {
    ...state,
    dirty: state.edits !== state.savedEdits,
    localCopy,
    update,
    save,
    keepMine,
    takeTheirs,
    replaceArticle,
    setFieldErrors,
    restoreLocalCopy,
    discardLocalCopy,
  };
}

const sameContent = (a: ArticleForm, b: ArticleForm) => JSON.stringify(payloadFromForm(a)) === JSON.stringify(payloadFromForm(b));

function failedSave(error: unknown): Partial<EditorState> {
  if (error instanceof StaleVersion) {
    const theirs = staffArticleSchema.safeParse(error.current);
    if (theirs.success) return { conflict: theirs.data, saveState: { kind: 'idle' } };
  }
  if (!isApiError(error) || error.kind !== 'http') return { saveState: { kind: 'offline' } };
  if (error.status === 401) return { saveState: { kind: 'signedOut' } };
  if (error.status === 422 || error.status === 409) return { saveState: { kind: 'invalid' }, fieldErrors: error.fieldErrors };
  return { saveState: { kind: 'failed', message: error.message } };
}
