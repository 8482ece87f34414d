import { Link } from 'react-router';
import type { Inline } from '../schema';
import { useHyphenated } from '../../../lib/hyphenate';
import { safeHref } from '../../../lib/safeHref';
import { useSiteSettings } from '../../../lib/siteSettings';
import { Island } from '../../../components/Island';
import { DataRef, dataRefProps } from './DataRef';

/** The sentence around character `offset` of `text`, for a number's context. */
function sentenceAt(text: string, offset: number): string {
  const before = text.lastIndexOf('. ', offset);
  const after = text.indexOf('. ', offset);
  return text.slice(before === -1 ? 0 : before + 2, after === -1 ? undefined : after + 1).trim();
}

/**
 * Inline nodes as text and elements; nothing from the data is ever parsed as HTML.
 * Long words get soft hyphens; the numbers that point into a chart never do.
 */
export function InlineContent({ nodes }: { nodes: Inline[] }) {
  const { origin } = useSiteSettings();
  const shown = useHyphenated(nodes.map((node) => (node.type === 'dataRef' ? '' : node.text)));
  const plain = nodes.map((node) => node.text).join('');
  let offset = 0;
  return nodes.map((node, index) => {
    const at = offset;
    offset += node.text.length;
    const text = shown[index];
    switch (node.type) {
      case 'text':
        return text;
      case 'emphasis':
        return <em key={index}>{text}</em>;
      case 'strong':
        return <strong key={index}>{text}</strong>;
      case 'link': {
        const link = safeHref(node.href);
        if (!link) return text;
        // A printed page shows where its links go: the full address, for in-app links too.
        return link.kind === 'internal' ? (
          <Link key={index} to={link.to} data-print-href={new URL(link.to, origin).href}>
            {text}
          </Link>
        ) : (
          <a key={index} href={link.href} rel="noopener noreferrer" data-print-href={link.href}>
            {text}
          </a>
        );
      }
      case 'dataRef': {
        const sentence = sentenceAt(plain, at);
        // An island: the text around it stays the server's HTML.
        return (
          <Island key={index} name="dataRef" inline props={{ ...dataRefProps(node), sentence }}>
            <DataRef node={node} sentence={sentence} />
          </Island>
        );
      }
    }
  });
}
