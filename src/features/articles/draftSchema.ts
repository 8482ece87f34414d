import { z } from 'zod/mini';
import { isContentLink } from '../../lib/safeHref';
import type { Block } from './schema';

// What the newsroom may save as an article's body (the staff API checks it; the reader's
// schema reads any link and renders only the safe ones). Kept apart from the reader's
// schemas so that a reader's page never downloads it.

type Paragraph = Extract<Block, { type: 'paragraph' }>;

const linkAddresses = (body: readonly { type: string }[]) =>
  body.flatMap((block) => (block.type === 'paragraph' ? (block as Paragraph).content.flatMap((node) => (node.type === 'link' ? [node.href] : [])) : []));

/** A body's links go only to web, mail and this site's addresses. */
export const onlyContentLinks = z.refine<readonly { type: string }[]>((body) => linkAddresses(body).every(isContentLink), {
  params: { said: 'En länk är inte tillåten: bara http- och https-adresser, e-post (mailto:) och adresser på webbplatsen (som /artikel/…).' },
});
