import { z } from 'zod/mini';

// Deliberately plain: one @, no spaces or angle brackets, a dot in the domain.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/u;

/** An e-mail address as the API takes it: surrounding spaces do not count. */
export const emailAddress = z.string().check(z.trim(), z.regex(EMAIL));
