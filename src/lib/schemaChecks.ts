import { z } from 'zod/mini';

/** A list whose items are told apart by `key` must not repeat a key (it would confuse both readers and React). */
export function uniqueBy<T>(key: (item: T) => string) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, { message: 'Duplicate keys' });
}

export const nonEmpty = z.minLength(1);

// Control characters, and the bidi controls that make text display in another order
// than it is stored (a name that reads as a different name, a link that hides its end).
const HIDDEN = String.raw`\p{Cc}\u202A-\u202E\u2066-\u2069`;

/** One line of visible text: no line breaks, control or bidi-override characters. */
export const oneLine = z.regex(new RegExp(`^[^${HIDDEN}]*$`, 'u'));

/** Text in lines: line breaks and tabs allowed, other control and bidi-override characters not. */
export const plainLines = z.regex(new RegExp(`^(?:[\t\n\r]|[^${HIDDEN}])*$`, 'u'));
