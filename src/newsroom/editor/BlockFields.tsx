import type { Block } from '../../features/articles/schema';
import { FormField } from '../components/FormField';
import { strings } from '../strings';
import type { EditorBlock } from './articleForm';
import styles from './Editor.module.css';
import { ChartFields } from './ChartFields';
import { FigureFields } from './FigureFields';
import { ParagraphField } from './ParagraphField';

type Props = { id: string; item: EditorBlock; onChange: (item: EditorBlock) => void; errors?: Record<string, string[]> };

/** The fields of one body block; blocks the editor cannot edit yet are shown as they are. */
export function BlockFields({ id, item, onChange: change, errors }: Props) {
  const { block } = item;
  const onChange = (changed: Block) => change({ ...item, block: changed });
  switch (block.type) {
    case 'paragraph':
      return <ParagraphField id={`${id}-text`} block={block} markup={item.markup} onChange={(content, markup) => change({ ...item, block: { type: 'paragraph', content }, markup })} />;
    case 'subheading':
      return (
        <FormField id={`${id}-text`} label={strings.blocks.text}>
          {(control) => <input {...control} value={block.text} onChange={(event) => onChange({ ...block, text: event.target.value })} />}
        </FormField>
      );
    case 'quote':
      return (
        <>
          <FormField id={`${id}-text`} label={strings.blocks.text}>
            {(control) => <textarea {...control} rows={3} value={block.text} onChange={(event) => onChange({ ...block, text: event.target.value })} />}
          </FormField>
          <div className={styles.pair}>
            <FormField id={`${id}-speaker`} label={strings.blocks.speaker}>
              {(control) => <input {...control} value={block.speaker} onChange={(event) => onChange({ ...block, speaker: event.target.value })} />}
            </FormField>
            <FormField id={`${id}-role`} label={strings.blocks.role}>
              {(control) => (
                <input
                  {...control}
                  value={block.role ?? ''}
                  onChange={(event) => {
                    const { role: _, ...rest } = block;
                    onChange(event.target.value ? { ...rest, role: event.target.value } : rest);
                  }}
                />
              )}
            </FormField>
          </div>
        </>
      );
    case 'factBox':
      return (
        <>
          <FormField id={`${id}-text`} label={strings.blocks.factTitle}>
            {(control) => <input {...control} value={block.title} onChange={(event) => onChange({ ...block, title: event.target.value })} />}
          </FormField>
          <FormField id={`${id}-items`} label={strings.blocks.factItems}>
            {(control) => <textarea {...control} rows={4} value={block.items.join('\n')} onChange={(event) => onChange({ ...block, items: event.target.value.split('\n') })} />}
          </FormField>
        </>
      );
    case 'image':
      return <FigureFields id={id} block={block} errors={errors} onChange={onChange} />;
    case 'chart':
      return <ChartFields id={id} block={block} errors={errors} onChange={onChange} />;
    case 'newsletterCta':
      return <p className={styles.note}>{`${block.title} – ${strings.blocks.notEditable}`}</p>;
  }
}
