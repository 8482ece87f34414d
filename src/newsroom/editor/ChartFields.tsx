import { useQuery } from '@tanstack/react-query';
import type { Block } from '../../features/articles/schema';
import { staffStatsListQuery } from '../api/stats';
import { FormField } from '../components/FormField';
import { strings } from '../strings';

type Chart = Extract<Block, { type: 'chart' }>;

type Props = { id: string; block: Chart; errors?: Record<string, string[]>; onChange: (block: Chart) => void };

/** A chart in the text: which statistics set it draws, and its caption. */
export function ChartFields({ id, block, errors = {}, onChange }: Props) {
  const sets = useQuery(staffStatsListQuery);
  // A set the list does not hold (yet, or any more) stays chosen, by its id.
  const known = sets.data?.items.some((set) => set.id === block.statsId) ?? true;
  return (
    <>
      <FormField id={`${id}-statsId`} label={strings.blocks.chartSet} hint={sets.isError ? strings.blocks.chartSetsFailed : strings.blocks.chartSetHint} errors={errors.statsId}>
        {(control) => (
          <select {...control} value={block.statsId} onChange={(event) => onChange({ ...block, statsId: event.target.value })}>
            <option value="">{strings.blocks.chartSetNone}</option>
            {!known && <option value={block.statsId}>{block.statsId}</option>}
            {sets.data?.items.map((set) => (
              <option key={set.id} value={set.id}>
                {set.title}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-caption`} label={strings.blocks.chartCaption} errors={errors.caption}>
        {(control) => <input {...control} value={block.caption} onChange={(event) => onChange({ ...block, caption: event.target.value })} />}
      </FormField>
    </>
  );
}
