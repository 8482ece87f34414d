import type { Image } from '../features/articles/schema';
import { strings } from '../lib/strings';
import styles from './Figure.module.css';

type FigureProps = {
  image: Image;
  /** The page's main image: fetched first, never lazily. */
  priority?: boolean;
  sizes?: string;
  className?: string;
};

export function Figure({ image, priority = false, sizes = '(min-width: 48rem) 46rem, 100vw', className }: FigureProps) {
  return (
    <figure className={[styles.figure, className].filter(Boolean).join(' ')}>
      <img
        className={styles.image}
        src={image.src}
        srcSet={image.sources.map((s) => `${s.url} ${s.width}w`).join(', ')}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding={priority ? 'sync' : 'async'}
        fetchPriority={priority ? 'high' : 'auto'}
      />
      <figcaption className={styles.caption}>
        {image.caption && (
          <>
            <span className="visually-hidden">{strings.figure.caption}: </span>
            {image.caption}{' '}
          </>
        )}
        <PhotoCredit credit={image.credit} />
      </figcaption>
    </figure>
  );
}

export function PhotoCredit({ credit }: { credit: Image['credit'] }) {
  return (
    <span className={styles.credit}>
      {strings.figure.photo}: {strings.figure.credit(credit.name, credit.agency)}
    </span>
  );
}
