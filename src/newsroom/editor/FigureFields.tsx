import type { Block } from '../../features/articles/schema';
import { FormField } from '../components/FormField';
import { strings } from '../strings';
import styles from './Editor.module.css';
import { PhotoPicker } from './PhotoPicker';

type Figure = Extract<Block, { type: 'image' }>;

type Props = { id: string; block: Figure; errors?: Record<string, string[]>; onChange: (block: Figure) => void };

/** A picture in the text: the photo (uploaded or chosen), its alt text, caption and credit. */
export function FigureFields({ id, block, errors = {}, onChange }: Props) {
  const { image } = block;
  const set = (change: Partial<Figure['image']>) => onChange({ ...block, image: { ...image, ...change } });
  const setCaption = (caption: string) => {
    const { caption: _, ...rest } = image;
    onChange({ ...block, image: caption ? { ...rest, caption } : rest });
  };
  const setCredit = (credit: { name?: string; agency?: string }) => {
    const next = { ...image.credit, ...credit };
    const { agency, ...rest } = next;
    set({ credit: agency ? { ...rest, agency } : rest });
  };
  return (
    <div className={styles.figure}>
      {image.src ? (
        <img className={styles.figurePreview} src={image.src} alt="" width={image.width} height={image.height} />
      ) : (
        <p className={styles.note}>{strings.photos.noPhoto}</p>
      )}
      <PhotoPicker
        id={id}
        currentSrc={image.src}
        fields={{ alt: image.alt, caption: image.caption, creditName: image.credit.name, creditAgency: image.credit.agency }}
        onChoose={(photo) =>
          onChange({
            ...block,
            image: {
              src: photo.src,
              sources: photo.sources,
              width: photo.width,
              height: photo.height,
              alt: image.alt.trim() ? image.alt : photo.alt,
              ...((image.caption ?? photo.caption) ? { caption: image.caption ?? photo.caption } : {}),
              credit: image.credit.name.trim() ? image.credit : photo.credit,
            },
          })
        }
      />
      <FormField id={`${id}-alt`} label={strings.blocks.figureAlt} hint={strings.editor.heroAltHint} errors={errors.alt}>
        {(control) => <input {...control} value={image.alt} onChange={(event) => set({ alt: event.target.value })} />}
      </FormField>
      <FormField id={`${id}-caption`} label={strings.blocks.figureCaption}>
        {(control) => <input {...control} value={image.caption ?? ''} onChange={(event) => setCaption(event.target.value)} />}
      </FormField>
      <div className={styles.pair}>
        <FormField id={`${id}-credit`} label={strings.blocks.figureCredit} errors={errors.credit}>
          {(control) => <input {...control} value={image.credit.name} onChange={(event) => setCredit({ name: event.target.value })} />}
        </FormField>
        <FormField id={`${id}-agency`} label={strings.blocks.figureAgency}>
          {(control) => <input {...control} value={image.credit.agency ?? ''} onChange={(event) => setCredit({ agency: event.target.value })} />}
        </FormField>
      </div>
    </div>
  );
}
