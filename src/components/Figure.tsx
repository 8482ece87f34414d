import { useHyphenated } from '../lib/hyphenate';
import type { Image } from '../lib/imageSchema';
import { strings } from '../lib/strings';
import { ResponsiveImage } from './ResponsiveImage';
import styles from './Figure.module.css';

type FigureProps = {
  image: Image;
  /** The page's main image: fetched first, never lazily. */
  priority?: boolean;
  className?: string;
};

export function Figure({ image, priority = false, className }: FigureProps) {
  const [caption] = useHyphenated([image.caption ?? '']);
  return (
    <figure className={[styles.figure, className].filter(Boolean).join(' ')}>
      <ResponsiveImage image={image} layout="column" priority={priority} decoding={priority ? 'sync' : 'async'} className={styles.image} />
      <figcaption className={styles.caption}>
        {image.caption && (
          <>
            <span className="visually-hidden">{strings.figure.caption}: </span>
            {caption}{' '}
          </>
        )}
        <PhotoCredit credit={image.credit} />
      </figcaption>
    </figure>
  );
}

function PhotoCredit({ credit }: { credit: Image['credit'] }) {
  return (
    <span className={styles.credit}>
      {strings.figure.photo}: {strings.figure.credit(credit.name, credit.agency)}
    </span>
  );
}
