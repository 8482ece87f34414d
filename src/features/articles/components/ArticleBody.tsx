import type { ReactNode } from 'react';
import { Figure } from '../../../components/Figure';
import { CopyLink } from '../../../components/CopyLink';
import { Island } from '../../../components/Island';
import { useHyphenated } from '../../../lib/hyphenate';
import { strings } from '../../../lib/strings';
import type { Block } from '../schema';
import { FactBox } from './FactBox';
import { InlineContent } from './InlineContent';
import { NewsletterCta } from './NewsletterCta';
import { QuoteBlock } from './QuoteBlock';
import styles from './ArticleBody.module.css';

export type BlockSlots = {
  /** The statistics feature's chart, which the app puts where a chart block stands (this feature draws none). */
  chart: (block: Extract<Block, { type: 'chart' }>) => ReactNode;
  /** Lets the app put the newsletter feature's sign-up form in the call to action. */
  newsletterCta?: (block: Extract<Block, { type: 'newsletterCta' }>) => ReactNode;
};

export function ArticleBody({ blocks, slots }: { blocks: Block[]; slots: BlockSlots }) {
  const subheadings = useHyphenated(blocks.map((block) => (block.type === 'subheading' ? block.text : '')));
  return (
    <div className={styles.body}>
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={index}>
                <InlineContent nodes={block.content} />
              </p>
            );
          case 'subheading':
            return (
              <div key={index} className={styles.subheadingRow}>
                <h2 id={block.id} className={styles.subheading} tabIndex={-1}>
                  {subheadings[index]}
                </h2>
                <Island name="copyLink" inline props={{ fragment: block.id, label: strings.share.headingLink(block.text) }}>
                  <CopyLink fragment={block.id} label={strings.share.headingLink(block.text)}>
                    #
                  </CopyLink>
                </Island>
              </div>
            );
          case 'quote':
            return <QuoteBlock key={index} quote={block} />;
          case 'image':
            return <Figure key={index} image={block.image} className={styles.figure} />;
          case 'factBox':
            return <FactBox key={index} facts={block} />;
          case 'chart':
            return <div key={index}>{slots.chart(block)}</div>;
          case 'newsletterCta':
            return slots.newsletterCta ? <div key={index}>{slots.newsletterCta(block)}</div> : <NewsletterCta key={index} cta={block} />;
        }
      })}
    </div>
  );
}
