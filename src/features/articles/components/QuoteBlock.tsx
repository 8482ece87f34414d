import { useHyphenated } from '../../../lib/hyphenate';
import type { Block } from '../schema';
import { strings } from '../../../lib/strings';
import styles from './QuoteBlock.module.css';

type Quote = Extract<Block, { type: 'quote' }>;

/** A spoken quote, set off with a dash as Swedish news style does. */
export function QuoteBlock({ quote }: { quote: Quote }) {
  const [text] = useHyphenated([quote.text]);
  return (
    <figure className={styles.quote}>
      <blockquote className={styles.text}>
        <p>– {text}</p>
      </blockquote>
      <figcaption className={styles.speaker}>
        <span className="visually-hidden">{strings.article.quoteBy} </span>
        {quote.speaker}
        {quote.role && <span className={styles.role}>, {quote.role}</span>}
      </figcaption>
    </figure>
  );
}
