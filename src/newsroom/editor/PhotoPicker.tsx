import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '../../lib/apiError';
import { photoListQuery, uploadPhoto, type Photo, type PhotoFields } from '../api/media';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import styles from './PhotoPicker.module.css';

type Props = {
  /** Prefix of the controls' ids, unique on the page. */
  id: string;
  /** The picture chosen now, to mark in the list. */
  currentSrc: string;
  /** What has been written for the picture: kept with an uploaded photo. */
  fields: PhotoFields;
  onChoose: (photo: Photo) => void;
};

/** The server's limit (src/server/media/photoVariants.ts). */
const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;

type Upload = { kind: 'idle' } | { kind: 'sending'; share: number } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** Upload a photo (its progress and any refusal said), or choose one uploaded before. */
export function PhotoPicker({ id, currentSrc, fields, onChoose }: Props) {
  const queryClient = useQueryClient();
  const [upload, setUpload] = useState<Upload>({ kind: 'idle' });
  const [open, setOpen] = useState(false);
  const list = useQuery({ ...photoListQuery, enabled: open });

  const send = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Said at once: the server refuses it too, but a browser may report only a broken connection while it still sends.
    if (file.size > MAX_UPLOAD_BYTES) {
      setUpload({ kind: 'failed', text: strings.photos.failed(strings.photos.tooLarge) });
      input.value = '';
      return;
    }
    setUpload({ kind: 'sending', share: 0 });
    try {
      const photo = await uploadPhoto(file, fields, (share) => setUpload({ kind: 'sending', share }));
      onChoose(photo);
      setUpload({ kind: 'done', text: strings.photos.uploaded });
      void queryClient.invalidateQueries({ queryKey: photoListQuery.queryKey });
    } catch (error) {
      const message = isApiError(error) && error.kind === 'http' ? error.message : strings.photos.network;
      setUpload({ kind: 'failed', text: strings.photos.failed(message) });
    } finally {
      // The same file may be chosen again after a refusal.
      input.value = '';
    }
  };

  const percent = upload.kind === 'sending' ? Math.round(upload.share * 100) : 0;
  return (
    <div className={styles.picker}>
      <div className={ui.field}>
        <label htmlFor={`${id}-fil`} className={ui.label}>
          {strings.photos.upload}
        </label>
        <p id={`${id}-fil-hint`} className={ui.hint}>
          {strings.photos.uploadHint}
        </p>
        <input
          type="file"
          id={`${id}-fil`}
          className={styles.file}
          accept="image/jpeg,image/png,image/webp"
          aria-describedby={`${id}-fil-hint`}
          disabled={upload.kind === 'sending'}
          onChange={(event) => void send(event.currentTarget)}
        />
      </div>
      <div aria-live="polite">
        {upload.kind === 'sending' && (
          <p className={styles.progress}>
            <progress max={100} value={percent} aria-label={strings.photos.progress} />
            <span>{percent < 100 ? strings.photos.uploading(percent) : strings.photos.processing}</span>
          </p>
        )}
        {upload.kind === 'done' && <p className={ui.success}>{upload.text}</p>}
      </div>
      {upload.kind === 'failed' && (
        <p className={ui.alert} role="alert">
          {upload.text}
        </p>
      )}
      <details className={styles.library} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{strings.photos.choose}</summary>
        {list.isPending && open && <p>{strings.photos.loadingList}</p>}
        {list.isError && (
          <p className={ui.alert}>
            {strings.photos.listFailed}{' '}
            <button type="button" className={ui.small} onClick={() => void list.refetch()}>
              {strings.errors.retry}
            </button>
          </p>
        )}
        {list.data && list.data.items.length === 0 && <p>{strings.photos.none}</p>}
        {list.data && list.data.items.length > 0 && (
          <ul className={styles.grid}>
            {list.data.items.map((photo) => {
              const chosen = photo.sources.some((source) => source.url === currentSrc);
              const what = photo.alt || photo.caption || photo.id;
              return (
                <li key={photo.id}>
                  <button
                    type="button"
                    className={styles.choice}
                    aria-pressed={chosen}
                    aria-label={strings.photos.chooseLabel(what)}
                    onClick={() => {
                      onChoose(photo);
                      setUpload({ kind: 'done', text: strings.photos.chosen });
                    }}
                  >
                    <img src={photo.sources[0]?.url ?? photo.src} alt="" width={photo.width} height={photo.height} loading="lazy" />
                    <span>
                      {what}
                      {chosen && ` (${strings.photos.current})`}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </details>
    </div>
  );
}
