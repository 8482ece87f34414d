import { Link } from 'react-router';
import { Time } from '../../../components/Time';
import { paths } from '../../../lib/paths';
import type { SearchHit } from '../schema';
import { searchStrings } from '../strings';
import { HighlightedText } from './HighlightedText';
import styles from './SearchHitList.module.css';

/** Hits in order: section, headline (a link), byline and date, and the text around the match. */
export function SearchHitList({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol className={styles.list} start={start} aria-label={searchStrings.hits}>
      {hits.map(({ article, snippet }) => (
        <li key={article.slug}>
          <article className={styles.hit}>
            <p className={styles.section}>{article.section.name}</p>
            <h2 className={styles.headline}>
              <Link to={paths.article(article.slug)}>{article.headline}</Link>
            </h2>
            <p className={styles.meta}>
              {article.author.name} · <Time iso={article.publishedAt} />
            </p>
            <p className={styles.snippet}>
              <HighlightedText snippet={snippet} />
            </p>
          </article>
        </li>
      ))}
    </ol>
  );
}
