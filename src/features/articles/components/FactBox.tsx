import { useId } from 'react';
import { useHyphenated } from '../../../lib/hyphenate';
import type { Block } from '../schema';
import { strings } from '../../../lib/strings';
import styles from './FactBox.module.css';

type Facts = Extract<Block, { type: 'factBox' }>;

export function FactBox({ facts }: { facts: Facts }) {
  const titleId = useId();
  const [title = '', ...items] = useHyphenated([facts.title, ...facts.items]);
  return (
    <aside className={styles.box} aria-labelledby={titleId}>
      <p className={styles.kicker}>{strings.article.factBox}</p>
      <h2 id={titleId} className={styles.title}>
        {title}
      </h2>
      <ul className={styles.items}>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    </aside>
  );
}
