import type { Image } from '../lib/imageSchema';

/** How wide a picture is shown in each place; the browser picks a file from srcset by it. */
const IMAGE_SIZES = {
  /** The article's column: its hero and the pictures in its text. */
  column: '(min-width: 48rem) 46rem, 100vw',
  /** The front page's lead story. */
  lead: '(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw',
  /** A story in a list, beside its text from 48rem. */
  teaser: '(min-width: 48rem) 16rem, 100vw',
} as const;

type ImageLayout = keyof typeof IMAGE_SIZES;

/** srcset and sizes for a picture shown in `layout`: for its <img>, and for a preload of the same file. */
function responsiveSources(sources: Image['sources'], layout: ImageLayout): { srcSet: string; sizes: string } {
  return { srcSet: sources.map((s) => `${s.url} ${s.width}w`).join(', '), sizes: IMAGE_SIZES[layout] };
}

type ResponsiveImageProps = {
  image: Image;
  layout: ImageLayout;
  /** On screen at once (the page's main picture): fetched first, never lazily. */
  priority?: boolean;
  decoding?: 'sync' | 'async';
  className?: string;
};

/** A picture at the width the browser needs, with its space held before it arrives. */
export function ResponsiveImage({ image, layout, priority = false, decoding, className }: ResponsiveImageProps) {
  const { srcSet, sizes } = responsiveSources(image.sources, layout);
  return (
    <img
      className={className}
      src={image.src}
      srcSet={srcSet}
      sizes={sizes}
      width={image.width}
      height={image.height}
      alt={image.alt}
      loading={priority ? 'eager' : 'lazy'}
      decoding={decoding}
      fetchPriority={priority ? 'high' : 'auto'}
    />
  );
}
