import { z } from 'zod/mini';
import { oneLine } from '../../../lib/schemaChecks';
import type { Photo } from '../../../newsroom/api/mediaSchemas';
import { can } from '../../auth/roles';
import { makePhotoVariants, PhotoRefused, removePhotoVariants } from '../../media/photoVariants';
import type { PhotoDetails, StoredPhoto } from '../../store/photos';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import { apiError, fieldErrorsOf, notFound, requestBody, type ApiApp } from '../respond';
import { allow, signedIn } from './staffGuard';

// The newsroom's photos: an upload (multipart, the one staff post that is not JSON) made into
// the variants readers get, their alt text, caption and credit, and the list to pick from.

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max), oneLine);
/** A photo's alt text, caption and credit: PUT's JSON body, and the upload's form fields (credit as creditName, creditAgency). */
export const photoDetailsSchema = z.object({
  alt: z.optional(text(500)),
  caption: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  credit: z.optional(z.object({ name: z.optional(text(200)), agency: z.optional(text(200)) })),
});

type DetailsInput = z.output<typeof photoDetailsSchema>;

const detailsOf = (input: DetailsInput): PhotoDetails => ({
  alt: input.alt ?? '',
  caption: input.caption ?? '',
  creditName: input.credit?.name ?? '',
  creditAgency: input.credit?.agency ?? '',
});

/** A photo as the API gives it: an article's picture (imageSchema) with its id, ready to be put in an article. */
const photoAnswer = (photo: StoredPhoto): Photo => {
  const sources = photo.variants.map((variant) => ({ url: `/media/${variant.file}`, width: variant.width }));
  // The seed's pictures name the 800 px variant (or the largest below it).
  const src = [...sources].reverse().find((source) => source.width <= 800) ?? sources[0];
  return {
    id: photo.name,
    src: src?.url ?? '',
    sources,
    width: photo.width,
    height: photo.height,
    alt: photo.alt,
    ...(photo.caption ? { caption: photo.caption } : {}),
    credit: { name: photo.creditName, ...(photo.creditAgency ? { agency: photo.creditAgency } : {}) },
    createdAt: photo.createdAt,
  };
};

const PHOTO_ID = /^[a-z0-9][a-z0-9-]{0,80}$/;

export function newsroomMediaRoutes(api: ApiApp, store: Store, options: { mediaDir: string | undefined; clientAddress: ClientAddress }): void {
  const base = '/api/newsroom/media';

  api.get(base, allow(can.writeDrafts), async (c) => c.json({ items: (await store.photos.list()).map(photoAnswer) }));

  api.post(base, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    if (!options.mediaDir) return apiError(503, 'unavailable', 'Bilder kan inte tas emot här');
    let form: FormData;
    try {
      form = await c.req.raw.formData();
    } catch {
      return apiError(400, 'bad_request', 'Skicka bilden som multipart/form-data');
    }
    const file = form.get('file');
    if (!(file instanceof File) || file.size === 0) return apiError(422, 'validation_failed', 'Välj en bild att ladda upp', { file: ['Välj en bild.'] });
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value.trim() ? value : undefined;
    };
    const parsed = photoDetailsSchema.safeParse({ alt: field('alt'), caption: field('caption'), credit: { name: field('creditName'), agency: field('creditAgency') } }, { reportInput: true });
    if (!parsed.success) return apiError(422, 'validation_failed', 'Bilden kunde inte tas emot', fieldErrorsOf(parsed.error.issues));
    let made;
    try {
      made = await makePhotoVariants(new Uint8Array(await file.arrayBuffer()), file.name, options.mediaDir);
    } catch (error) {
      if (error instanceof PhotoRefused) return apiError(error.status, error.code, error.message, error.status === 422 ? { file: [error.message] } : undefined);
      throw error;
    }
    try {
      await store.transaction(async (tx) => {
        await tx.photos.add({ ...made, ...detailsOf(parsed.data), uploadedBy: staff.id });
        await tx.staff.audit({ staffId: staff.id, action: 'photo-uploaded', subject: `bild ${made.name}`, details: { file: file.name, bytes: file.size, width: made.width, height: made.height }, address: options.clientAddress(c) });
      });
    } catch (error) {
      // Not in the store: its files must not linger.
      await removePhotoVariants(options.mediaDir, made.variants);
      throw error;
    }
    const photo = await store.photos.get(made.name);
    return c.json(photo && photoAnswer(photo), 201);
  });

  api.get(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const id = c.req.param('id');
    const photo = PHOTO_ID.test(id) ? await store.photos.get(id) : undefined;
    return photo ? c.json(photoAnswer(photo)) : notFound('Bilden');
  });

  api.put(`${base}/:id`, allow(can.writeDrafts), async (c) => {
    const staff = signedIn(c);
    const id = c.req.param('id');
    const photo = PHOTO_ID.test(id) ? await store.photos.get(id) : undefined;
    if (!photo) return notFound('Bilden');
    const body = await requestBody(c.req.raw, photoDetailsSchema, 'Bilden');
    if (body instanceof Response) return body;
    await store.transaction(async (tx) => {
      await tx.photos.describe(id, detailsOf(body));
      await tx.staff.audit({ staffId: staff.id, action: 'photo-described', subject: `bild ${id}`, address: options.clientAddress(c) });
    });
    const saved = await store.photos.get(id);
    return c.json(saved && photoAnswer(saved));
  });
}
