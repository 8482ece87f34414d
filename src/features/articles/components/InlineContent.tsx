import { Link } from 'react-router';
import type { Inline } from '../schema';
import { safeHref } from '../../../lib/safeHref';
import { DataRef } from './DataRef';

/** The sentence around character `offset` of `text`, for a number's context. */
function sentenceAt(text: string, offset: number): string {
  const before = text.lastIndexOf('. ', offset);
  const after = text.indexOf('. ', offset);
  return text.slice(before === -1 ? 0 : before + 2, after === -1 ? undefined : after + 1).trim();
}

/** Inline nodes as text and elements; nothing from the data is ever parsed as HTML. */
export function InlineContent({ nodes }: { nodes: Inline[] }) {
  const plain = nodes.map((node) => node.text).join('');
  let offset = 0;
  return nodes.map((node, index) => {
    const at = offset;
    offset += node.text.length;
    switch (node.type) {
      case 'text':
        return node.text;
      case 'emphasis':
        return <em key={index}>{node.text}</em>;
      case 'strong':
        return <strong key={index}>{node.text}</strong>;
      case 'link': {
        const link = safeHref(node.href);
        if (!link) return node.text;
        return link.kind === 'internal' ? (
          <Link key={index} to={link.to}>
            {node.text}
          </Link>
        ) : (
          <a key={index} href={link.href} rel="noopener noreferrer">
            {node.text}
          </a>
        );
      }
      case 'dataRef':
        return <DataRef key={index} node={node} sentence={sentenceAt(plain, at)} />;
    }
  });
}
