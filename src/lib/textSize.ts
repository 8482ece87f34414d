import { cookieValue, storeCookie } from './cookies';

/** The article's text size steps, smallest first. */
export const TEXT_SIZES = ['normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

// A cookie, like the theme: the server renders the article at the reader's size, so nothing jumps.
const COOKIE = 'textsize';

/** The text size in a Cookie header (the server's view) or in document.cookie. */
export function textSizeFromCookieHeader(header: string | null | undefined): TextSize {
  const value = cookieValue(header, COOKIE);
  return TEXT_SIZES.find((size) => size === value) ?? 'normal';
}

export function readTextSize(): TextSize {
  return typeof document === 'undefined' ? 'normal' : textSizeFromCookieHeader(document.cookie);
}

export function storeTextSize(size: TextSize): void {
  storeCookie(COOKIE, size === 'normal' ? null : size);
}
