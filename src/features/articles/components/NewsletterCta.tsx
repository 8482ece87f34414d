import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Block } from '../schema';
import { paths } from '../../../lib/paths';
import { strings } from '../../../lib/strings';
import styles from './NewsletterCta.module.css';

type Cta = Extract<Block, { type: 'newsletterCta' }>;

/** The call to action's frame; the app puts a sign-up form in it, or it links to /nyhetsbrev. */
export function NewsletterCta({ cta, children }: { cta: Cta; children?: ReactNode }) {
  return (
    <aside className={styles.cta} aria-label={cta.title} data-print="hide">
      <p className={styles.title}>{cta.title}</p>
      <p className={styles.text}>{cta.text}</p>
      {children ?? (
        <Link className={styles.action} to={paths.newsletter}>
          {strings.article.newsletterCta}
        </Link>
      )}
    </aside>
  );
}
