const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** One cookie's value in a Cookie header (the server's view) or in document.cookie. */
export function cookieValue(header: string | null | undefined, name: string): string | undefined {
  const pair = (header ?? '').split(';').find((part) => part.trim().startsWith(`${name}=`));
  return pair?.split('=')[1]?.trim();
}

/** The cookie that keeps a reader's setting a year (null forgets it), as the browser or the server sets it. */
export function settingCookie(name: string, value: string | null): string {
  return value === null ? `${name}=; Path=/; Max-Age=0; SameSite=Lax` : `${name}=${value}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax`;
}

/** A reader's setting, kept a year; null forgets it. */
export function storeCookie(name: string, value: string | null): void {
  document.cookie = settingCookie(name, value);
}
