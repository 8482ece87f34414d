import { z } from 'zod/mini';
import { uniqueBy } from '../../lib/schemaChecks';

const statsPointSchema = z.object({
  period: z.string(),
  /** null where the source has no figure for the period. */
  value: z.nullable(z.number()),
});

const statsSeriesSchema = z.object({
  id: z.string(),
  name: z.string(),
  points: z.array(statsPointSchema).check(uniqueBy((p) => p.period)),
});

const statsSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  unit: z.string(),
  description: z.string(),
  source: z.object({ name: z.string(), url: z.string() }),
  notes: z.array(z.string()),
  /** `illustrative` data is made up for the demo and must say so wherever it is drawn. */
  provenance: z.enum(['official', 'illustrative']),
  updatedAt: z.iso.date(),
});

export const statsSetSchema = z.object({
  ...statsSummarySchema.shape,
  series: z.array(statsSeriesSchema).check(z.minLength(1), uniqueBy((s) => s.id)),
});

export const statsListSchema = z.object({ items: z.array(statsSummarySchema).check(uniqueBy((s) => s.id)) });

export type StatsSummary = z.infer<typeof statsSummarySchema>;
export type StatsSet = z.infer<typeof statsSetSchema>;
