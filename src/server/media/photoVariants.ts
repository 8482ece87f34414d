import { randomBytes } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata, type OutputInfo } from 'sharp';
import type { PhotoVariant } from '../store/photos';

// An uploaded photo made into what readers get: the seed's widths (480, 800, 1200 px) as
// WebP under DATA_DIR/media, turned upright by its EXIF orientation, with every piece of
// metadata (EXIF, GPS, XMP, ICC) left behind. The original is not kept.

/** The largest file the newsroom may upload. */
const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
/** Against decompression bombs: a small file that would unpack to gigabytes is refused before it is decoded. */
const MAX_PHOTO_PIXELS = 36_000_000;
const VARIANT_WIDTHS = [480, 800, 1200] as const;

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);

/** Why a file is not taken, with the status and the message the newsroom sees. */
export class PhotoRefused extends Error {
  constructor(
    readonly status: 413 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const FORMAT_NAMES: Record<string, string> = { svg: 'SVG', gif: 'GIF', heif: 'HEIF/HEIC', tiff: 'TIFF', avif: 'AVIF', pdf: 'PDF', jp2: 'JPEG 2000', jxl: 'JPEG XL' };

/** A file name stem from the uploaded file's name, with a random tail so that no two photos share one. */
function photoName(fileName: string): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${stem || 'bild'}-${randomBytes(4).toString('hex')}`;
}

export type MadePhoto = { name: string; width: number; height: number; variants: PhotoVariant[] };

/**
 * Checks the bytes (not the name or the declared type) and writes the variants. Throws
 * PhotoRefused for anything but a whole JPEG, PNG or WebP within the limits.
 */
export async function makePhotoVariants(bytes: Uint8Array, fileName: string, mediaDir: string): Promise<MadePhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new PhotoRefused(413, 'payload_too_large', 'Bilden är större än 15 MB. Minska den och försök igen.');
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes).metadata();
  } catch {
    throw new PhotoRefused(415, 'unsupported_media_type', 'Filen är ingen bild som kan läsas. Ladda upp en JPEG-, PNG- eller WebP-bild.');
  }
  if (!ACCEPTED.has(metadata.format)) {
    const named = FORMAT_NAMES[metadata.format] ?? metadata.format.toUpperCase();
    throw new PhotoRefused(415, 'unsupported_media_type', `${named}-filer tas inte emot. Ladda upp en JPEG-, PNG- eller WebP-bild.`);
  }
  if (!metadata.width || !metadata.height || metadata.width * metadata.height > MAX_PHOTO_PIXELS) {
    throw new PhotoRefused(422, 'image_too_large', `Bilden är för stor: högst ${MAX_PHOTO_PIXELS / 1_000_000} megapixel. Minska den och försök igen.`);
  }
  // Decoded once, upright; every variant is cut from this copy. sharp writes no metadata unless asked.
  let upright: { data: Buffer; info: OutputInfo };
  try {
    upright = await sharp(bytes, { limitInputPixels: MAX_PHOTO_PIXELS }).autoOrient().toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
  } catch {
    throw new PhotoRefused(422, 'broken_image', 'Bilden är trasig eller ofullständig och kan inte läsas. Spara om den och försök igen.');
  }
  const { width, height, channels } = upright.info;
  const name = photoName(fileName);
  const widths = VARIANT_WIDTHS.filter((w) => w <= width);
  // A photo narrower than the smallest variant is given at its own width.
  if (widths.length === 0) widths.push(width as (typeof VARIANT_WIDTHS)[number]);
  await mkdir(mediaDir, { recursive: true });
  const variants: PhotoVariant[] = [];
  try {
    for (const w of widths) {
      const body = await sharp(upright.data, { raw: { width, height, channels } }).resize({ width: w }).webp({ quality: 80 }).toBuffer();
      const file = `${name}-${w}.webp`;
      await writeFile(path.join(mediaDir, file), body, { flag: 'wx' });
      variants.push({ file, width: w, bytes: body.length });
    }
  } catch (error) {
    await Promise.all(variants.map((variant) => rm(path.join(mediaDir, variant.file), { force: true })));
    throw error;
  }
  // The size readers reserve: the largest variant's.
  const largest = variants.at(-1)?.width ?? width;
  return { name, width: largest, height: Math.round((height * largest) / width), variants };
}

export const removePhotoVariants = (mediaDir: string, variants: PhotoVariant[]) => Promise.all(variants.map((variant) => rm(path.join(mediaDir, variant.file), { force: true })));
