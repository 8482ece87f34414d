import { diffArrays, diffWords } from 'diff';
import type { Block } from '../../features/articles/schema';
import { strings } from '../strings';
import { printInline } from './inlineMarkup';

// What changed between two saved versions of an article, field by field: the headline, the
// lead, the picture's texts and each block's text (a paragraph as its markup, so a new link
// or emphasis shows too). Blocks are lined up by their text, so one block added at the top
// does not make every block after it look changed.

export type DiffPart = { text: string; change?: 'added' | 'removed' };
export type FieldDiff = { label: string; parts: DiffPart[] };

/** The parts of a version that are compared (a revision's record, or a draft's). */
export type ComparedRecord = {
  headline: string;
  lead: string;
  hero?: { alt?: string; caption?: string; credit?: { name: string; agency?: string } };
  body: Block[];
};

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return printInline(block.content);
    case 'subheading':
      return block.text;
    case 'quote':
      return `”${block.text}” – ${block.speaker}${block.role ? `, ${block.role}` : ''}`;
    case 'factBox':
      return [block.title, ...block.items.map((item) => `• ${item}`)].join('\n');
    case 'image':
      return [block.image.alt, block.image.caption, block.image.credit.name].filter(Boolean).join(' · ');
    case 'chart':
      return `${block.statsId}: ${block.caption}`;
    case 'newsletterCta':
      return `${block.title}: ${block.text}`;
  }
}

const words = (before: string, after: string): DiffPart[] =>
  diffWords(before, after).map((part) => ({ text: part.value, ...(part.added ? { change: 'added' as const } : part.removed ? { change: 'removed' as const } : {}) }));

const credit = (record: ComparedRecord) => [record.hero?.credit?.name, record.hero?.credit?.agency].filter(Boolean).join('/');

/** The fields that differ between `before` and `after`, each with its words marked added or removed. */
export function compareRecords(before: ComparedRecord, after: ComparedRecord): FieldDiff[] {
  const fields: FieldDiff[] = [];
  const field = (label: string, a: string, b: string) => {
    if (a !== b) fields.push({ label, parts: words(a, b) });
  };
  field(strings.editor.headline, before.headline, after.headline);
  field(strings.editor.lead, before.lead, after.lead);
  field(strings.editor.heroAlt, before.hero?.alt ?? '', after.hero?.alt ?? '');
  field(strings.editor.heroCaption, before.hero?.caption ?? '', after.hero?.caption ?? '');
  field(strings.editor.heroCreditName, credit(before), credit(after));

  const label = (block: Block, n: number) => strings.blocks.label(strings.blocks.types[block.type], n);
  const texts = (body: Block[]) => body.map((block) => `${block.type}\u0000${blockText(block)}`);
  let oldIndex = 0;
  let newIndex = 0;
  const changes = diffArrays(texts(before.body), texts(after.body));
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c];
    if (!change) continue;
    const next = changes[c + 1];
    if (change.removed && next?.added) {
      // Blocks replaced where they stand: the pairs are compared word by word, the rest are whole.
      const pairs = Math.max(change.count, next.count);
      for (let p = 0; p < pairs; p++) {
        const a = p < change.count ? before.body[oldIndex + p] : undefined;
        const b = p < next.count ? after.body[newIndex + p] : undefined;
        if (b) fields.push({ label: label(b, newIndex + p + 1), parts: words(a && a.type === b.type ? blockText(a) : '', blockText(b)) });
        if (a && (!b || a.type !== b.type)) fields.push({ label: strings.revisions.removedBlock(label(a, oldIndex + p + 1)), parts: [{ text: blockText(a), change: 'removed' }] });
      }
      oldIndex += change.count;
      newIndex += next.count;
      c++;
    } else if (change.removed) {
      for (let p = 0; p < change.count; p++) {
        const a = before.body[oldIndex + p];
        if (a) fields.push({ label: strings.revisions.removedBlock(label(a, oldIndex + p + 1)), parts: [{ text: blockText(a), change: 'removed' }] });
      }
      oldIndex += change.count;
    } else if (change.added) {
      for (let p = 0; p < change.count; p++) {
        const b = after.body[newIndex + p];
        if (b) fields.push({ label: label(b, newIndex + p + 1), parts: [{ text: blockText(b), change: 'added' }] });
      }
      newIndex += change.count;
    } else {
      oldIndex += change.count;
      newIndex += change.count;
    }
  }
  return fields;
}
