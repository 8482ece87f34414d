import { TEXT_SIZES, storeTextSize } from '../lib/textSize';
import { applyTheme, storeTheme, type ThemeChoice } from '../lib/theme';

// The settings forms (components/SettingChoice: colour theme, text size) answer a press
// from the first paint: this listener, in the entry script, applies the choice before the
// app's code has loaded and after it alike. Without scripts the form posts to the server.

const THEMES: readonly string[] = ['system', 'light', 'dark'];

function apply(name: string, value: string): boolean {
  if (name === 'theme' && THEMES.includes(value)) {
    storeTheme(value as ThemeChoice);
    applyTheme(value as ThemeChoice);
    return true;
  }
  const size = TEXT_SIZES.find((known) => known === value);
  if (name === 'textsize' && size) {
    storeTextSize(size);
    // The article reads its size from here (and from the cookie when it renders again).
    for (const scaled of document.querySelectorAll<HTMLElement>('[data-text-size]')) scaled.dataset.textSize = size;
    return true;
  }
  return false;
}

/** Listens for presses on the settings forms' buttons anywhere in the document. */
export function handleSettingsForms(root: Document): void {
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('form[data-settings] button[name]') : null;
    if (!button || !apply(button.name, button.value)) return;
    event.preventDefault();
    for (const choice of root.querySelectorAll<HTMLButtonElement>(`form[data-settings] button[name="${button.name}"]`)) {
      choice.setAttribute('aria-pressed', String(choice.value === button.value));
    }
  });
}
