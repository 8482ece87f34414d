export type SafeLink = { kind: 'internal'; to: string } | { kind: 'external'; href: string };

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * Decides how a link from content may be rendered: an in-app path, an http(s)
 * or mailto URL, or nothing at all (the text is then shown without a link).
 */
export function safeHref(href: string): SafeLink | null {
  const trimmed = href.trim();
  // In-app path: one leading slash, not protocol-relative, no backslash tricks.
  if (/^\/(?![/\\])/.test(trimmed) && !/[\s\\]/.test(trimmed)) return { kind: 'internal', to: trimmed };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return { kind: 'external', href: url.href };
}

/**
 * Whether the newsroom may put `href` in an article's text: a web address (http, https),
 * a mail address, or a path on this site, exactly as typed (no space around it). Anything
 * else (javascript:, data:, vbscript:, a protocol-relative //host) is refused when saved.
 */
export function isContentLink(href: string): boolean {
  return href === href.trim() && href.length <= 2000 && safeHref(href) !== null;
}
