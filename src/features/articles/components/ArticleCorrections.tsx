import { Time } from '../../../components/Time';
import { strings } from '../../../lib/strings';
import type { Article } from '../schema';
import styles from './ArticleCorrections.module.css';

/** The newsroom's corrections, oldest first, where a reader sees them before the text. */
export function ArticleCorrections({ corrections }: { corrections: NonNullable<Article['corrections']> }) {
  return (
    <aside className={styles.corrections} aria-label={strings.article.corrections}>
      {corrections.map((correction) => (
        <p key={correction.at} className={styles.correction}>
          <strong className={styles.label}>{strings.article.correction}</strong> <Time iso={correction.at} withTime />: {correction.text}
        </p>
      ))}
    </aside>
  );
}
