import { z } from 'zod/mini';

export const authorSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  bio: z.string(),
  email: z.optional(z.string()),
});

export type Author = z.infer<typeof authorSchema>;
