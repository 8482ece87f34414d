import { z } from 'zod/mini';
import { articleSchema } from '../../features/articles/schema';

// The newsroom's photos as the staff API answers them: the same schemas check the answers
// in the staff UI and describe them in the OpenAPI document.

/** A photo: an article's picture (its variants, alt text, caption, credit) with its id, ready to be put in an article. */
export const photoSchema = z.object({
  ...articleSchema.shape.hero.shape,
  id: z.string(),
  credit: z.object({ name: z.string(), agency: z.optional(z.string()) }),
  createdAt: z.string(),
});

export const photoListSchema = z.object({ items: z.array(photoSchema) });

export type Photo = z.infer<typeof photoSchema>;
