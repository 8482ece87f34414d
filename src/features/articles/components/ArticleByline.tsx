import { Link } from 'react-router';
import { Time } from '../../../components/Time';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import type { Article } from '../schema';
import styles from './ArticleByline.module.css';

type ArticleBylineProps = Pick<Article, 'author' | 'publishedAt' | 'updatedAt'> & { readingMinutes: number };

export function ArticleByline({ author, publishedAt, updatedAt, readingMinutes }: ArticleBylineProps) {
  return (
    <div className={styles.byline}>
      <p className={styles.author}>
        <span className="visually-hidden">{strings.article.by} </span>
        <Link to={paths.author(author.id)} rel="author" className={styles.name}>
          {author.name}
        </Link>
        <span className={styles.role}>{author.role}</span>
      </p>
      <p className={styles.meta}>
        <span>
          {strings.article.published} <Time iso={publishedAt} withTime />
        </span>
        {updatedAt && (
          <span>
            {strings.article.updated} <Time iso={updatedAt} withTime />
          </span>
        )}
        <span>{strings.article.readingTime(readingMinutes)}</span>
      </p>
    </div>
  );
}
