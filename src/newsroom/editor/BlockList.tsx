import { useEffect, useState } from 'react';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { blockErrors, editorBlock, newBlock, type ArticleForm, type EditorBlock, type FieldErrors } from './articleForm';
import { BlockFields } from './BlockFields';
import styles from './Editor.module.css';

type Props = {
  blocks: EditorBlock[];
  update: (change: (form: ArticleForm) => ArticleForm) => void;
  /** The form's field errors; a block's own are shown beside its fields. */
  errors?: FieldErrors;
};

const ADDABLE = ['paragraph', 'subheading', 'quote', 'factBox', 'image', 'chart'] as const;

const typeName = (block: EditorBlock['block']) => strings.blocks.types[block.type];

/** The block under the pointer, by its key. */
const blockAt = (x: number, y: number) => document.elementFromPoint(x, y)?.closest<HTMLElement>('[data-block-key]')?.dataset.blockKey;

/** The body's blocks: edit, add, remove, and reorder by keyboard (the buttons) or pointer (the handle). */
export function BlockList({ blocks, update, errors = {} }: Props) {
  const [announcement, setAnnouncement] = useState('');
  /** The control to focus once the list has re-rendered (after a move, an add or a removal). */
  const [focusNext, setFocusNext] = useState<string>();
  const [dragging, setDragging] = useState<string>();
  const [dropTarget, setDropTarget] = useState<string>();

  useEffect(() => {
    if (!focusNext) return;
    document.getElementById(focusNext)?.focus();
    setFocusNext(undefined);
  }, [focusNext]);

  const setBlocks = (change: (blocks: EditorBlock[]) => EditorBlock[]) => update((form) => ({ ...form, blocks: change(form.blocks) }));

  const move = (from: number, to: number, focus?: 'up' | 'down') => {
    if (to < 0 || to >= blocks.length || from === to) return;
    const moved = blocks[from];
    if (!moved) return;
    setBlocks((current) => {
      const next = current.filter((_, i) => i !== from);
      next.splice(to, 0, moved);
      return next;
    });
    setAnnouncement(strings.blocks.moved(typeName(moved.block), to + 1, blocks.length));
    if (focus) {
      // At the top or bottom that button is disabled: the other one keeps the focus in the block.
      const edge = (focus === 'up' && to === 0) || (focus === 'down' && to === blocks.length - 1);
      setFocusNext(`${moved.key}-${edge ? (focus === 'up' ? 'down' : 'up') : focus}`);
    }
  };

  const remove = (index: number) => {
    const removed = blocks[index];
    if (!removed) return;
    setBlocks((current) => current.filter((_, i) => i !== index));
    setAnnouncement(strings.blocks.removed(typeName(removed.block)));
    const neighbour = blocks[index + 1] ?? blocks[index - 1];
    setFocusNext(neighbour ? `${neighbour.key}-remove` : 'lagg-till-paragraph');
  };

  const add = (type: (typeof ADDABLE)[number]) => {
    const added = editorBlock(newBlock(type));
    const { key } = added;
    setBlocks((current) => [...current, added]);
    setAnnouncement(strings.blocks.added(strings.blocks.types[type]));
    setFocusNext(`${key}-text`);
  };

  /** A pointer drag with the handle ends: the block goes where the pointer is. */
  const drop = () => {
    const from = blocks.findIndex((item) => item.key === dragging);
    const to = blocks.findIndex((item) => item.key === dropTarget);
    setDragging(undefined);
    if (from >= 0 && to >= 0) move(from, to);
  };

  return (
    <section className={styles.group} aria-labelledby="brodtext-rubrik">
      <h2 id="brodtext-rubrik">{strings.blocks.title}</h2>
      {blocks.length === 0 && <p>{strings.blocks.empty}</p>}
      <ol className={styles.blocks}>
        {blocks.map((item, index) => {
          const label = strings.blocks.label(typeName(item.block), index + 1);
          return (
            <li
              key={item.key}
              className={styles.block}
              data-block-key={item.key}
              data-dragging={dragging === item.key || undefined}
              data-drop-target={(dragging && dropTarget === item.key && dragging !== item.key) || undefined}
            >
              <fieldset>
                <legend className={styles.blockLegend}>{label}</legend>
                <div className={styles.blockTools}>
                  {/* The handle is for a pointer only; the buttons beside it do the same by keyboard. */}
                  <span
                    className={styles.handle}
                    aria-hidden="true"
                    title={strings.blocks.drag}
                    onPointerDown={(event) => {
                      event.currentTarget.setPointerCapture(event.pointerId);
                      setDragging(item.key);
                      setDropTarget(item.key);
                    }}
                    onPointerMove={(event) => dragging && setDropTarget(blockAt(event.clientX, event.clientY) ?? dropTarget)}
                    onPointerUp={drop}
                    onPointerCancel={() => setDragging(undefined)}
                  >
                    ⠿
                  </span>
                  <button type="button" id={`${item.key}-up`} className={ui.small} aria-label={`${strings.blocks.moveUp}: ${label}`} disabled={index === 0} onClick={() => move(index, index - 1, 'up')}>
                    {strings.blocks.moveUp}
                  </button>
                  <button type="button" id={`${item.key}-down`} className={ui.small} aria-label={`${strings.blocks.moveDown}: ${label}`} disabled={index === blocks.length - 1} onClick={() => move(index, index + 1, 'down')}>
                    {strings.blocks.moveDown}
                  </button>
                  <button type="button" id={`${item.key}-remove`} className={ui.small} aria-label={`${strings.blocks.remove}: ${label}`} onClick={() => remove(index)}>
                    {strings.blocks.remove}
                  </button>
                </div>
                <BlockFields id={item.key} item={item} errors={blockErrors(blocks, errors, item.key)} onChange={(changed) => setBlocks((current) => current.map((other) => (other.key === item.key ? { ...changed, key: item.key } : other)))} />
              </fieldset>
            </li>
          );
        })}
      </ol>
      <div className={ui.row} role="group" aria-labelledby="lagg-till-rubrik">
        <span id="lagg-till-rubrik" className={styles.addLabel}>
          {strings.blocks.add}
        </span>
        {ADDABLE.map((type) => (
          <button key={type} type="button" id={`lagg-till-${type}`} className={ui.secondary} onClick={() => add(type)}>
            {strings.blocks.types[type]}
          </button>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
