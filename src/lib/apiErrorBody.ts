import { z } from 'zod/mini';

/** The one error shape every endpoint answers with (4xx and 5xx). */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
  }),
});
