import { z } from 'zod/mini';

/** A list whose items are told apart by `key` must not repeat a key (it would confuse both readers and React). */
export function uniqueBy<T>(key: (item: T) => string) {
  return z.refine<T[]>((items) => new Set(items.map(key)).size === items.length, { message: 'Duplicate keys' });
}

export const nonEmpty = z.minLength(1);
