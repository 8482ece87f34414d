import { useEffect, useRef, useState, type ComponentType, type Dispatch, type InputHTMLAttributes, type RefObject, type SetStateAction } from 'react';
import { Form } from 'react-router';
import { paths } from '../../../lib/paths';
import { MAX_QUERY_LENGTH } from '../limits';
import { strings } from '../../../lib/strings';
import styles from './SiteSearch.module.css';

// The masthead's search field, on every page: a plain GET form to /sok, so it works
// before the app's code has loaded and without it. The suggestions (a combobox) are
// loaded the first time the field is focused, so every page's code stays small.

/** What the suggestions module gets: the field, and a way to give it the combobox's attributes and handlers. */
export type SuggestionsProps = {
  input: RefObject<HTMLInputElement | null>;
  setInputProps: Dispatch<SetStateAction<InputHTMLAttributes<HTMLInputElement>>>;
};

/** `/` focuses the field, as on many sites, except while the reader is typing somewhere. */
function useSlashShortcut(input: RefObject<HTMLInputElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement;
      if (target.isContentEditable || target.closest('input, textarea, select')) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}

export function SiteSearch() {
  const input = useRef<HTMLInputElement>(null);
  const [Suggestions, setSuggestions] = useState<ComponentType<SuggestionsProps>>();
  const [inputProps, setInputProps] = useState<InputHTMLAttributes<HTMLInputElement>>({});
  const loading = useRef(false);
  useSlashShortcut(input);
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
    <Form method="get" action={paths.search} role="search" aria-label={strings.search} className={styles.search}>
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
  );
}
