import { Link } from 'react-router';
import type { Inline } from '../schema';
import { safeHref } from '../safeHref';
import styles from './InlineContent.module.css';

/** Inline nodes as text and elements; nothing from the data is ever parsed as HTML. */
export function InlineContent({ nodes }: { nodes: Inline[] }) {
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
        return (
          <span key={index} className={styles.dataRef} data-stats={node.statsId} data-series={node.seriesId} data-period={node.period}>
            {node.text}
          </span>
        );
    }
  });
}
