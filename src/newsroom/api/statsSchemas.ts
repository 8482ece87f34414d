import { z } from 'zod/mini';
import { statsSetSchema } from '../../features/stats/schema';

// Statistics sets as the staff API answers them: the same schemas check the answers in the
// staff UI and describe them in the OpenAPI document.

const statsEntrySchema = z.object({ id: z.string(), title: z.string(), provenance: z.enum(['official', 'illustrative']), updatedAt: z.string(), modifiedAt: z.nullable(z.string()) });

/** Every set, without its numbers, with when the newsroom last changed it. */
export const statsEntriesSchema = z.object({ items: z.array(statsEntrySchema) });

/** One set with its series, its numbers as CSV, and whether they are made up. */
export const staffStatsSchema = z.object({ ...statsSetSchema.shape, illustrative: z.boolean(), csv: z.string() });

export type StaffStats = z.infer<typeof staffStatsSchema>;
