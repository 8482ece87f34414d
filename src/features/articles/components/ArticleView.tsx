import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Figure } from '../../../components/Figure';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { articleReadingMinutes } from '../articleText';
import type { Article } from '../schema';
import { ArticleBody, type BlockSlots } from './ArticleBody';
import { ArticleByline } from './ArticleByline';
import { TeaserList } from './TeaserList';
import styles from './ArticleView.module.css';

type ArticleViewProps = {
  article: Article;
  /** What other features draw inside the body: the chart (always), the sign-up form. */
  slots: BlockSlots;
  /** Actions and comments, composed by the app, between the tags and the related articles */
  afterBody?: ReactNode;
};

export function ArticleView({ article, slots, afterBody }: ArticleViewProps) {
  return (
    <article className={styles.article}>
      <header className={styles.header}>
        <p className={styles.section}>
          <Link to={paths.section(article.section.id)}>{article.section.name}</Link>
        </p>
        <h1 className={styles.headline} tabIndex={-1}>
          {article.headline}
        </h1>
        <p className={styles.lead}>{article.lead}</p>
      </header>
      <Figure image={article.hero} priority className={styles.hero} />
      <ArticleByline
        author={article.author}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        readingMinutes={articleReadingMinutes(article)}
      />
      <ArticleBody blocks={article.body} slots={slots} />
      {article.tags.length > 0 && (
        <nav className={styles.tags} aria-label={strings.article.tags}>
          <h2 className={styles.tagsTitle}>{strings.article.tags}</h2>
          <ul>
            {article.tags.map((tag) => (
              <li key={tag.id}>
                <Link to={paths.tag(tag.id)}>{tag.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {afterBody}
      {article.related.length > 0 && (
        <section className={styles.related} aria-labelledby="related-title" data-print="hide">
          <h2 id="related-title">{strings.article.related}</h2>
          <TeaserList teasers={article.related} headingLevel={3} />
        </section>
      )}
    </article>
  );
}
