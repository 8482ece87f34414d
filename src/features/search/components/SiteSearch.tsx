import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ComponentType, type Dispatch, type InputHTMLAttributes, type RefObject, type SetStateAction } from 'react';
import { Form } from 'react-router';
import { paths } from '../../../lib/paths';
import { MAX_QUERY_LENGTH } from '../limits';
import { strings } from '../../../lib/strings';
import styles from './SiteSearch.module.css';

// The masthead's search field, on every page: a plain GET form to /sok, so it works
// before the app's code has loaded and without it. The suggestions (a combobox) are
// loaded the first time the field is focused, so every page's code stays small.
// On a phone the field waits behind a "Sök" button that opens it in place; without
// the app's code that button is a link to /sok, whose own form has the field.

/** What the suggestions module gets: the field, and a way to give it the combobox's attributes and handlers. */
export type SuggestionsProps = {
  input: RefObject<HTMLInputElement | null>;
  setInputProps: Dispatch<SetStateAction<InputHTMLAttributes<HTMLInputElement>>>;
};

/** `/` focuses the field, as on many sites, except while the reader is typing somewhere. */
function useSlashShortcut(focusField: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target.isContentEditable || target.closest('input, textarea, select')) return;
      event.preventDefault();
      focusField();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [focusField]);
}

export function SiteSearch() {
  const input = useRef<HTMLInputElement>(null);
  const [Suggestions, setSuggestions] = useState<ComponentType<SuggestionsProps>>();
  const [inputProps, setInputProps] = useState<InputHTMLAttributes<HTMLInputElement>>({});
  const loading = useRef(false);
  // On a phone the field is shown once the reader asks for it (elsewhere it always is).
  const [open, setOpen] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const focusField = useCallback(() => {
    setOpen(true);
    setFocusRequest((n) => n + 1);
  }, []);
  // Focused as soon as it is shown, in the commit of the press itself, so a phone raises its keyboard.
  useLayoutEffect(() => {
    if (focusRequest) input.current?.focus();
  }, [focusRequest]);
  useSlashShortcut(focusField);
  const loadSuggestions = () => {
    if (loading.current) return;
    loading.current = true;
    import('./SearchSuggestions').then(
      (module) => setSuggestions(() => module.SearchSuggestions),
      // Without suggestions the field still searches; the next focus tries again.
      () => (loading.current = false),
    );
  };
  return (
    <div className={styles.site} data-open={open}>
      <a
        href={paths.search}
        className={styles.opener}
        aria-expanded={open}
        aria-controls="sok-formular"
        onClick={(event) => {
          event.preventDefault();
          focusField();
        }}
      >
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M10 3a7 7 0 0 1 5.6 11.2l5.1 5.1-1.4 1.4-5.1-5.1A7 7 0 1 1 10 3zm0 2a5 5 0 1 0 0 10 5 5 0 0 0 0-10z" />
        </svg>
        {strings.search}
      </a>
      <Form id="sok-formular" method="get" action={paths.search} role="search" aria-label={strings.search} className={styles.search}>
        <label htmlFor="sok" className="visually-hidden">
          {strings.search}
        </label>
        <input
          ref={input}
          id="sok"
          name="q"
          type="search"
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          enterKeyHint="search"
          className={styles.input}
          onFocus={loadSuggestions}
          {...inputProps}
        />
        <button type="submit" className={styles.button}>
          {strings.search}
        </button>
        {Suggestions && <Suggestions input={input} setInputProps={setInputProps} />}
      </Form>
    </div>
  );
}
