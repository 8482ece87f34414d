import type { Image } from './imageSchema';

/** What a link preview shows: the picture's rendition nearest 1200 px wide, with its true size. */
export type PreviewImage = { url: string; width: number; height: number; alt: string };

const PREVIEW_WIDTH = 1200;

export function previewImage(image: Image): PreviewImage {
  const sources = image.sources.length ? image.sources : [{ url: image.src, width: image.width }];
  const best = sources.reduce((a, b) => (Math.abs(b.width - PREVIEW_WIDTH) < Math.abs(a.width - PREVIEW_WIDTH) ? b : a));
  return { url: best.url, width: best.width, height: Math.round((best.width * image.height) / image.width), alt: image.alt };
}
