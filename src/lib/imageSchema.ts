import { z } from 'zod/mini';
import { nonEmpty } from './schemaChecks';

// A picture as the API sends it (an article's hero, a teaser's image, a picture in the text).

const photoCreditSchema = z.object({
  name: z.string().check(z.minLength(1)),
  agency: z.optional(z.string()),
});

export const imageSchema = z.object({
  src: z.string().check(nonEmpty),
  /** The same picture at several widths, for srcset. */
  sources: z.array(z.object({ url: z.string().check(nonEmpty), width: z.int().check(z.positive()) })),
  width: z.int().check(z.positive()),
  height: z.int().check(z.positive()),
  alt: z.string(),
  caption: z.optional(z.string()),
  credit: photoCreditSchema,
});

export type Image = z.infer<typeof imageSchema>;
