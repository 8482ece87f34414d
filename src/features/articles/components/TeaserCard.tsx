import { Link } from 'react-router';
import { Time } from '../../../components/Time';
import type { Teaser } from '../schema';
import styles from './TeaserCard.module.css';

type TeaserCardProps = {
  teaser: Teaser;
  /** The lead story on the front page: larger, and its image is not lazy. */
  featured?: boolean;
  headingLevel?: 2 | 3;
};

export function TeaserCard({ teaser, featured = false, headingLevel = 2 }: TeaserCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { image } = teaser;
  return (
    <article className={featured ? `${styles.card} ${styles.featured}` : styles.card}>
      <img
        className={styles.image}
        src={image.src}
        srcSet={image.sources.map((s) => `${s.url} ${s.width}w`).join(', ')}
        sizes={featured ? '(min-width: 72rem) 44rem, (min-width: 48rem) 60vw, 100vw' : '(min-width: 48rem) 16rem, 100vw'}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={featured ? 'eager' : 'lazy'}
        fetchPriority={featured ? 'high' : 'auto'}
      />
      <div className={styles.text}>
        <p className={styles.section}>{teaser.section.name}</p>
        <Heading className={styles.headline}>
          <Link to={`/artikel/${teaser.slug}`} className={styles.link}>
            {teaser.headline}
          </Link>
        </Heading>
        <p className={styles.lead}>{teaser.lead}</p>
        <p className={styles.meta}>
          {teaser.author.name} · <Time iso={teaser.publishedAt} />
        </p>
      </div>
    </article>
  );
}
