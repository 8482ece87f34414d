import type { Block, Inline } from '../../features/articles/schema';
import { safeHref } from '../../lib/safeHref';
import { FormField } from '../components/FormField';
import { strings } from '../strings';
import styles from './Editor.module.css';
import { parseInline, printInline } from './inlineMarkup';

type Props = {
  id: string;
  block: Extract<Block, { type: 'paragraph' }>;
  /** The text as typed; printed from the block when the form has none. */
  markup: string | undefined;
  onChange: (content: Inline[], markup: string) => void;
};

/** A paragraph typed with its marks (emphasis, links, data references), a hint of the syntax, and how it will read. */
export function ParagraphField({ id, block, markup, onChange }: Props) {
  const source = markup ?? printInline(block.content);
  const { problems } = parseInline(source);
  const marked = block.content.some((node) => node.type !== 'text');
  return (
    <>
      <FormField id={id} label={strings.blocks.text} hint={strings.inline.hint} errors={problems}>
        {(control) => (
          <textarea
            {...control}
            rows={4}
            spellCheck
            value={source}
            onChange={(event) => {
              const parsed = parseInline(event.target.value);
              onChange(parsed.nodes, event.target.value);
            }}
          />
        )}
      </FormField>
      {marked && (
        <div className={styles.inlinePreview} role="group" aria-label={strings.inline.preview}>
          <p>
            <InlinePreview nodes={block.content} />
          </p>
        </div>
      )}
    </>
  );
}

/** The marks as a reader will see them; a link goes nowhere from here (it opens in a new tab), a refused one is not a link. */
function InlinePreview({ nodes }: { nodes: Inline[] }) {
  return nodes.map((node, index) => {
    switch (node.type) {
      case 'text':
        return node.text;
      case 'emphasis':
        return <em key={index}>{node.text}</em>;
      case 'strong':
        return <strong key={index}>{node.text}</strong>;
      case 'link': {
        const link = safeHref(node.href);
        if (!link) return <s key={index}>{node.text}</s>;
        return (
          <a key={index} href={link.kind === 'internal' ? link.to : link.href} target="_blank" rel="noopener noreferrer">
            {node.text}
          </a>
        );
      }
      case 'dataRef':
        return (
          <mark key={index} className={styles.dataRef}>
            {node.text}
            <span className="visually-hidden"> ({strings.inline.dataRef(node.statsId, node.period)})</span>
          </mark>
        );
    }
  });
}
