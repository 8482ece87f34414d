/** Headers sent with every answer; the README gives the same set for a static host. */
export function securityHeaders(apiOrigin: string): Record<string, string> {
  const connect = ["'self'", apiOrigin].filter(Boolean).join(' ');
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `img-src 'self' data: ${apiOrigin}`.trim(),
      `connect-src ${connect}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'X-Frame-Options': 'DENY',
  };
}

/** The newsroom's preview frame (/redaktion/forhandsgranska) may be framed by the newsroom's own pages, and no one else's. */
export function framedBySelfOnly(headers: Headers): void {
  headers.set('Content-Security-Policy', (headers.get('Content-Security-Policy') ?? '').replace("frame-ancestors 'none'", "frame-ancestors 'self'"));
  headers.set('X-Frame-Options', 'SAMEORIGIN');
}
