export type ThemeChoice = 'system' | 'light' | 'dark';

// A cookie, not localStorage: the server reads it too and renders the page in the
// reader's theme, so nothing flips after the page has loaded.
const COOKIE = 'theme';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

function toChoice(value: string | undefined): ThemeChoice {
  return value === 'light' || value === 'dark' ? value : 'system';
}

/** The theme in a Cookie header (the server's view of the reader's choice). */
export function themeFromCookieHeader(header: string | null | undefined): ThemeChoice {
  const pair = (header ?? '').split(';').find((part) => part.trim().startsWith(`${COOKIE}=`));
  return toChoice(pair?.split('=')[1]?.trim());
}

export function readTheme(): ThemeChoice {
  return typeof document === 'undefined' ? 'system' : themeFromCookieHeader(document.cookie);
}

export function storeTheme(choice: ThemeChoice): void {
  document.cookie =
    choice === 'system'
      ? `${COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`
      : `${COOKIE}=${choice}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/** The system setting applies unless the reader picked light or dark. */
export function applyTheme(choice: ThemeChoice): void {
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}
