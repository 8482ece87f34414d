import { Link } from 'react-router';
import type { Block } from '../schema';
import { strings } from '../../../lib/strings';
import styles from './NewsletterCta.module.css';

type Cta = Extract<Block, { type: 'newsletterCta' }>;

export function NewsletterCta({ cta }: { cta: Cta }) {
  return (
    <aside className={styles.cta} aria-label={cta.title} data-print="hide">
      <p className={styles.title}>{cta.title}</p>
      <p className={styles.text}>{cta.text}</p>
      <Link className={styles.action} to="/nyhetsbrev">
        {strings.article.newsletterCta}
      </Link>
    </aside>
  );
}
