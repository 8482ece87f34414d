import { z } from 'zod/mini';

// Deliberately plain: one @, no spaces or angle brackets, a dot in the domain.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

/** The longest address SMTP can carry (RFC 5321's path limit, less the angle brackets). */
export const EMAIL_MAX = 254;

/** An e-mail address as the API takes it: surrounding spaces do not count. */
export const emailAddress = z.string().check(z.trim(), z.maxLength(EMAIL_MAX), z.regex(EMAIL));
