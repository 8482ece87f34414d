import { cookieValue, storeCookie } from './cookies';

export type ThemeChoice = 'system' | 'light' | 'dark';

// A cookie, not localStorage: the server reads it too and renders the page in the
// reader's theme, so nothing flips after the page has loaded.
const COOKIE = 'theme';

function toChoice(value: string | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme in a Cookie header (the server's view of the reader's choice). */
export function themeFromCookieHeader(header: string | null | undefined): ThemeChoice {
  return toChoice(cookieValue(header, COOKIE));
}

export function readTheme(): ThemeChoice {
  return typeof document === 'undefined' ? 'system' : themeFromCookieHeader(document.cookie);
}

export function storeTheme(choice: ThemeChoice): void {
  storeCookie(COOKIE, choice === 'system' ? null : choice);
}

/** The system setting applies unless the reader picked light or dark. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
