import type { Photo } from '../api/media';
import { FormField } from '../components/FormField';
import { strings } from '../strings';
import type { ArticleForm, FieldErrors, HeroFields as Hero } from './articleForm';
import styles from './Editor.module.css';
import { PhotoPicker } from './PhotoPicker';

type Props = {
  hero: Hero;
  errors: FieldErrors;
  update: (change: (form: ArticleForm) => ArticleForm) => void;
};

/** A chosen photo in the form: its files and size, and what was written for it where the form has nothing yet. */
function heroWithPhoto(hero: Hero, photo: Photo): Hero {
  const keep = (mine: string, theirs: string | undefined) => (mine.trim() ? mine : (theirs ?? ''));
  return {
    ...hero,
    src: photo.src,
    sources: photo.sources,
    width: photo.width,
    height: photo.height,
    alt: keep(hero.alt, photo.alt),
    caption: keep(hero.caption, photo.caption),
    creditName: keep(hero.creditName, photo.credit.name),
    creditAgency: keep(hero.creditAgency, photo.credit.agency),
  };
}

/** The hero picture: uploaded or chosen (or its address under /media), alt text, caption and credit, with a preview. */
export function HeroFields({ hero, errors, update }: Props) {
  const set = (key: keyof Hero, value: string) => update((form) => ({ ...form, hero: { ...form.hero, [key]: value } }));
  const previewable = /^\/media\/[a-z0-9-]+\.(webp|jpg|png)$/.test(hero.src.trim());
  return (
    <fieldset className={styles.group}>
      <legend>{strings.editor.hero}</legend>
      <div className={styles.hero}>
        <div>
          <PhotoPicker
            id="huvudbild"
            currentSrc={hero.src.trim()}
            fields={{ alt: hero.alt, caption: hero.caption, creditName: hero.creditName, creditAgency: hero.creditAgency }}
            onChoose={(photo) => update((form) => ({ ...form, hero: heroWithPhoto(form.hero, photo) }))}
          />
          <FormField id="bild-adress" label={strings.editor.heroSrc} hint={strings.editor.heroSrcHint} errors={errors['hero.src']}>
            {(control) => <input {...control} value={hero.src} spellCheck={false} onChange={(event) => set('src', event.target.value)} />}
          </FormField>
          <FormField id="bild-alt" label={strings.editor.heroAlt} hint={strings.editor.heroAltHint} errors={errors['hero.alt']}>
            {(control) => <input {...control} value={hero.alt} onChange={(event) => set('alt', event.target.value)} />}
          </FormField>
          <FormField id="bild-text" label={strings.editor.heroCaption} errors={errors['hero.caption']}>
            {(control) => <input {...control} value={hero.caption} onChange={(event) => set('caption', event.target.value)} />}
          </FormField>
          <FormField id="bild-foto" label={strings.editor.heroCreditName} errors={errors['hero.credit']}>
            {(control) => <input {...control} value={hero.creditName} onChange={(event) => set('creditName', event.target.value)} />}
          </FormField>
          <FormField id="bild-byra" label={strings.editor.heroCreditAgency}>
            {(control) => <input {...control} value={hero.creditAgency} onChange={(event) => set('creditAgency', event.target.value)} />}
          </FormField>
        </div>
        {previewable && (
          <figure className={styles.preview}>
            <img src={hero.src.trim()} alt={hero.alt} width={hero.width} height={hero.height} />
            <figcaption>{strings.editor.preview}</figcaption>
          </figure>
        )}
      </div>
    </fieldset>
  );
}
