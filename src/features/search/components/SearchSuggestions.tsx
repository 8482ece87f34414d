import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';
import { suggestQuery } from '../api';
import { cleanQuery } from '../searchParams';
import { searchStrings } from '../strings';
import type { SuggestionsProps } from './SiteSearch';
import styles from './SearchSuggestions.module.css';

/** How long typing must pause before suggestions are asked for. */
const DEBOUNCE_MS = 250;
/** Fewer letters than this suggest too much to be of use. */
const MIN_LENGTH = 2;
const LISTBOX_ID = 'sok-forslag';
const optionId = (index: number) => `${LISTBOX_ID}-${index}`;

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/**
 * Headline suggestions under the masthead's field, as an ARIA combobox with a listbox:
 * arrow keys move through them, Enter opens the chosen article (or, with none chosen,
 * searches), Escape closes the list. Each text has its own query, so an answer for
 * something the reader has typed past is never shown.
 */
export function SearchSuggestions({ input, setInputProps }: SuggestionsProps) {
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState(() => input.current?.value ?? '');
  const [open, setOpen] = useState(true);
  const [active, setActive] = useState(-1);
  const term = useDebounced(cleanQuery(text), DEBOUNCE_MS);
  const enabled = term.length >= MIN_LENGTH;
  const { data } = useQuery({ ...suggestQuery(term), enabled });
  const items = enabled && data ? data.items : [];
  const expanded = open && items.length > 0;

  // A new answer starts with nothing chosen; a new page closes the list.
  useEffect(() => setActive(-1), [data]);
  useEffect(() => setOpen(false), [location]);

  const latest = useRef({ items, expanded, active });
  latest.current = { items, expanded, active };

  useEffect(() => {
    const choose = (index: number) => {
      const item = latest.current.items[index];
      if (!item) return;
      setOpen(false);
      void navigate(paths.article(item.slug));
    };
    const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      const { items: shown, expanded: isOpen, active: current } = latest.current;
      const count = shown.length;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(!isOpen ? (step === 1 ? 0 : count - 1) : (current + step + count) % count);
      } else if (event.key === 'Enter' && isOpen && current >= 0) {
        event.preventDefault();
        choose(current);
      } else if (event.key === 'Escape' && isOpen) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    };
    setInputProps((props) => ({
      ...props,
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-controls': LISTBOX_ID,
      onKeyDown,
      onChange: (event) => {
        setText(event.currentTarget.value);
        setOpen(true);
      },
      onBlur: () => setOpen(false),
    }));
  }, [navigate, setInputProps]);

  // What changes as the reader moves; the handlers above read the latest state through a ref.
  useEffect(() => {
    setInputProps((props) => ({ ...props, 'aria-expanded': expanded, 'aria-activedescendant': expanded && active >= 0 ? optionId(active) : undefined }));
  }, [expanded, active, setInputProps]);

  return (
    <>
      <ul id={LISTBOX_ID} role="listbox" aria-label={searchStrings.suggestions} className={styles.listbox} hidden={!expanded}>
        {items.map((item, index) => (
          <li
            key={item.slug}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={styles.option}
            // The field keeps focus; the click chooses.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setOpen(false);
              void navigate(paths.article(item.slug));
            }}
          >
            {item.headline}
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status">
        {expanded ? searchStrings.suggestionsCount(items.length) : ''}
      </p>
    </>
  );
}
