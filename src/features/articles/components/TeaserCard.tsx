import { Link } from 'react-router';
import { ResponsiveImage } from '../../../components/ResponsiveImage';
import { SaveButton } from '../../../components/SaveButton';
import { Time } from '../../../components/Time';
import { useHyphenated } from '../../../lib/hyphenate';
import { paths } from '../../../lib/paths';
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
  const [headline, lead] = useHyphenated([teaser.headline, teaser.lead]);
  return (
    <article className={featured ? `${styles.card} ${styles.featured}` : styles.card}>
      <ResponsiveImage image={teaser.image} layout={featured ? 'lead' : 'teaser'} priority={featured} className={styles.image} />
      <div className={styles.text}>
        <p className={styles.section}>{teaser.section.name}</p>
        <Heading className={styles.headline}>
          <Link to={paths.article(teaser.slug)} className={styles.link}>
            {headline}
          </Link>
        </Heading>
        <p className={styles.lead}>{lead}</p>
        <p className={styles.meta}>
          {teaser.author.name} · <Time iso={teaser.publishedAt} />
        </p>
        <SaveButton slug={teaser.slug} headline={teaser.headline} />
      </div>
    </article>
  );
}
