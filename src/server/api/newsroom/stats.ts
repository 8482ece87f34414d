import { z } from 'zod/mini';
import { csvFromSeries, parseStatsCsv } from '../../../features/stats/parseStatsCsv';
import { statsSetSchema, type StatsSet } from '../../../features/stats/schema';
import { nonEmpty, oneLine } from '../../../lib/schemaChecks';
import type { StaffStats } from '../../../newsroom/api/statsSchemas';
import { can } from '../../auth/roles';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { apiError, fieldErrorsOf, notFound, requestBody, type ApiApp } from '../respond';
import { slugFromHeadline } from './articles';
import { allow, signedIn } from './staffGuard';

// Statistics sets made or edited in the newsroom: the numbers pasted as CSV, with title,
// source, unit, notes and whether they are made up (illustrative). Checked with the same
// schema the reader's chart reads, and seen by readers on their next request.

const line = (max: number) => z.string().check(z.trim(), z.maxLength(max), oneLine);
const sourceUrl = z.string().check(
  z.trim(),
  z.maxLength(500),
  z.refine((url) => url === '' || /^https?:\/\/[^\s]+$/i.test(url), 'Ska börja med https:// eller http://.'),
);

/** A set as the newsroom sends it: its numbers as CSV (a period column, then a column per series). */
export const statsBodySchema = z.object({
  title: line(200).check(nonEmpty),
  description: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  unit: line(100).check(nonEmpty),
  source: z.object({ name: line(200).check(nonEmpty), url: z.optional(sourceUrl) }),
  notes: z.optional(z.array(z.string().check(z.trim(), z.maxLength(1000))).check(z.maxLength(20))),
  illustrative: z.boolean(),
  csv: z.string().check(z.maxLength(200_000)),
});

const STATS_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

const answer = (set: StatsSet): StaffStats => ({ ...set, illustrative: set.provenance === 'illustrative', csv: csvFromSeries(set.series) });

export function newsroomStatsRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress }): void {
  const base = '/api/newsroom/stats';

  /** The set from the request, or the 4xx answer naming what is wrong (the CSV's line and column too). */
  async function setFrom(request: Request, chooseId: (title: string) => Promise<string>): Promise<StatsSet | Response> {
    const body = await requestBody(request, statsBodySchema, 'Statistiken');
    if (body instanceof Response) return body;
    const parsed = parseStatsCsv(body.csv);
    if (!parsed.ok) return apiError(422, 'validation_failed', parsed.errors[0] ?? 'Tabellen kunde inte läsas', { csv: parsed.errors });
    const set = statsSetSchema.safeParse({
      id: await chooseId(body.title),
      title: body.title,
      unit: body.unit,
      description: body.description ?? '',
      source: { name: body.source.name, url: body.source.url ?? '' },
      notes: (body.notes ?? []).filter(Boolean),
      provenance: body.illustrative ? 'illustrative' : 'official',
      updatedAt: new Date(store.now()).toISOString().slice(0, 10),
      series: parsed.series,
    });
    if (!set.success) return apiError(422, 'validation_failed', 'Statistiken kunde inte tas emot', fieldErrorsOf(set.error.issues));
    return set.data;
  }

  const audit = (tx: Store, staffId: number, c: Parameters<ClientAddress>[0], action: string, set: StatsSet) =>
    tx.staff.audit({ staffId, action, subject: `statistik ${set.id}`, details: { title: set.title, provenance: set.provenance }, address: options.clientAddress(c) });

  api.get(base, allow(can.writeDrafts), async (c) => c.json({ items: await store.statsSets.list() }));

  api.post(base, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    // The address readers get (/statistik/:id), from the title, never another set's.
    const set = await setFrom(c.req.raw, async (title) => {
      const stem = slugFromHeadline(title).slice(0, 60).replace(/-+$/, '');
      let id = stem;
      for (let n = 2; await store.statsSets.exists(id); n++) id = `${stem}-${n}`;
      return id;
    });
    if (set instanceof Response) return set;
    await store.transaction(async (tx) => {
      await tx.statsSets.create(set, staff.id);
      await audit(tx, staff.id, c, 'stats-created', set);
    });
    return c.json(answer(set), 201);
  });

  api.get(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const id = c.req.param('id');
    const set = STATS_ID.test(id) ? await store.statsSets.get(id) : undefined;
    return set ? c.json(answer(set)) : notFound('Statistiken');
  });

  api.put(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const id = c.req.param('id');
    if (!STATS_ID.test(id) || !(await store.statsSets.exists(id))) return notFound('Statistiken');
    const set = await setFrom(c.req.raw, async () => id);
    if (set instanceof Response) return set;
    await store.transaction(async (tx) => {
      await tx.statsSets.update(set, staff.id);
      await audit(tx, staff.id, c, 'stats-updated', set);
    });
    return c.json(answer(set));
  });
}
