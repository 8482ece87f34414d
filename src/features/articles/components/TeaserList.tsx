import { StaticPart } from '../../../components/StaticPart';
import { strings } from '../../../lib/strings';
import type { Teaser } from '../schema';
import { TeaserCard } from './TeaserCard';
import styles from './TeaserList.module.css';

export function TeaserList({ teasers, featureFirst = false, headingLevel = 2 }: { teasers: Teaser[]; featureFirst?: boolean; headingLevel?: 2 | 3 }) {
  if (teasers.length === 0) return <p>{strings.lists.empty}</p>;
  // The server's list stays as it is when the app starts (its Spara buttons are islands); named by what it holds.
  return (
    <StaticPart id={`teasers:${teasers.length}:${teasers[0]?.slug}:${teasers.at(-1)?.slug}`}>
      {() => (
        <ul className={styles.list}>
          {teasers.map((teaser, index) => (
            <li key={teaser.slug}>
              <TeaserCard teaser={teaser} featured={featureFirst && index === 0} headingLevel={headingLevel} />
            </li>
          ))}
        </ul>
      )}
    </StaticPart>
  );
}
