import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Figure } from '../../../components/Figure';
import { StaticPart } from '../../../components/StaticPart';
import { useHyphenated } from '../../../lib/hyphenate';
import { paths } from '../../../lib/paths';
import { useSiteSettings } from '../../../lib/siteSettings';
import { strings } from '../../../lib/strings';
import { readTextSize } from '../../../lib/textSize';
import { articleReadingMinutes } from '../articleText';
import type { Article } from '../schema';
import { ArticleBody, type BlockSlots } from './ArticleBody';
import { ArticleByline } from './ArticleByline';
import { ArticleCorrections } from './ArticleCorrections';
import { TeaserList } from './TeaserList';
import { TextSizeControl } from './TextSizeControl';
import styles from './ArticleView.module.css';

type ArticleViewProps = {
  article: Article;
  /** What other features draw inside the body: the chart (always), the sign-up form. */
  slots: BlockSlots;
  /** Actions and comments, composed by the app, between the tags and the related articles */
  afterBody?: ReactNode;
  /** The tools row after the byline: the app's tools before Textstorlek (Lyssna, Spara) and after it (Dela). */
  tools?: { start?: ReactNode; end?: ReactNode };
};

export function ArticleView({ article, slots, afterBody, tools }: ArticleViewProps) {
  const settings = useSiteSettings();
  // The size the page was rendered at (the server read the same cookie); in the browser the
  // cookie, so a later render keeps a size chosen since (app/settingsControls.ts sets both).
  const textSize = typeof document === 'undefined' ? (settings.textSize ?? 'normal') : readTextSize();
  return (
    <article className={styles.article} data-text-size={textSize}>
      <StaticPart id={`${article.slug}:header`}>
        {() => <ArticleHeader article={article} />}
      </StaticPart>
      <div className={styles.tools} data-print="hide">
        {tools?.start}
        <TextSizeControl value={textSize} />
        {tools?.end}
      </div>
      <StaticPart id={`${article.slug}:body`}>
        {() => (
          <>
            {article.corrections?.length ? <ArticleCorrections corrections={article.corrections} /> : null}
            <ArticleBody blocks={article.body} slots={slots} />
            <ArticleTags tags={article.tags} />
          </>
        )}
      </StaticPart>
      {afterBody}
      <StaticPart id={`${article.slug}:end`}>
        {() => (
          <>
            <p className={styles.address}>
              {strings.article.address}: {new URL(paths.article(article.slug), settings.origin).href}
            </p>
            {article.related.length > 0 && (
              <section className={styles.related} aria-labelledby="related-title" data-print="hide">
                <h2 id="related-title">{strings.article.related}</h2>
                <TeaserList teasers={article.related} headingLevel={3} />
              </section>
            )}
          </>
        )}
      </StaticPart>
    </article>
  );
}

/** The section, headline and lead, the hero picture and the byline. */
function ArticleHeader({ article }: { article: Article }) {
  const [headline, lead] = useHyphenated([article.headline, article.lead]);
  return (
    <>
      <header className={styles.header}>
        <p className={styles.section}>
          <Link to={paths.section(article.section.id)}>{article.section.name}</Link>
        </p>
        <h1 className={styles.headline} tabIndex={-1}>
          {headline}
        </h1>
        <p className={styles.lead}>{lead}</p>
      </header>
      <Figure image={article.hero} priority className={styles.hero} />
      <ArticleByline
        author={article.author}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        readingMinutes={articleReadingMinutes(article)}
      />
    </>
  );
}

function ArticleTags({ tags }: { tags: Article['tags'] }) {
  if (!tags.length) return null;
  return (
    <nav className={styles.tags} aria-label={strings.article.tags}>
      <h2 className={styles.tagsTitle}>{strings.article.tags}</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.id}>
            <Link to={paths.tag(tag.id)}>{tag.name}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
