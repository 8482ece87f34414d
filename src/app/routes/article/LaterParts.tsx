import { lazy, Suspense, type ReactNode } from 'react';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import { useAfterPaint } from '../../../lib/useAfterPaint';
import styles from './ArticleRoute.module.css';

// Tips, comments and the sign-up form: their code comes when they are near or touched.
const ArticleEngagement = lazy(() => import('./ArticleEngagement').then((m) => ({ default: m.ArticleEngagement })));
const NewsletterSignup = lazy(() =>
  import('../../../features/newsletter/components/NewsletterSignup').then((m) => ({ default: m.NewsletterSignup })),
);

/** A lazily loaded part: its placeholder (as the server rendered it) until it is painted and while its code loads. */
function AfterPaint({ placeholder, children }: { placeholder: ReactNode; children: ReactNode }) {
  const painted = useAfterPaint();
  return painted ? <Suspense fallback={placeholder}>{children}</Suspense> : placeholder;
}

/** Tips and comments after the article (an island, hydrated when near or touched). */
export function EngagementPart({ slug, comments }: { slug: string; comments: 'open' | 'closed' }) {
  return (
    <AfterPaint
      placeholder={
        <div className={styles.engagementPlaceholder}>
          <p className={styles.withoutScript}>{strings.article.engagementNeedsScript}</p>
        </div>
      }
    >
      <ArticleEngagement slug={slug} commentsEnabled={comments === 'open'} />
    </AfterPaint>
  );
}

/** The sign-up form in an article's call to action (an island in the article's text). */
export function SignupPart() {
  return (
    <AfterPaint
      placeholder={
        <div className={styles.signupPlaceholder}>
          {/* Without JavaScript, the sign-up page's form (which the server answers). */}
          <a className={styles.withoutScript} href={paths.newsletter}>
            {strings.article.newsletterCta}
          </a>
        </div>
      }
    >
      <NewsletterSignup />
    </AfterPaint>
  );
}
