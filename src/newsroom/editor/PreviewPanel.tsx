import { useEffect, useRef, useState } from 'react';
import type { SectionWithDescription } from '../../features/articles/schema';
import type { Writer } from '../api/reference';
import type { StaffArticle } from '../api/schemas';
import ui from '../components/ui.module.css';
import { DRAFT, PREVIEW_PATH, READY } from '../preview/previewMessages';
import { strings } from '../strings';
import type { ArticleForm } from './articleForm';
import styles from './Editor.module.css';
import { previewArticle } from './previewArticle';

type Props = { form: ArticleForm; sections: SectionWithDescription[]; writers: Writer[]; article: StaffArticle | undefined };

const WIDTHS = [
  { width: 375, label: strings.preview.mobile },
  { width: 1280, label: strings.preview.desktop },
] as const;

/**
 * "Förhandsgranska": the draft as typed, in a frame of its own at a phone's or a desktop's
 * width, drawn by the reader's own article components (the frame's page is the newsroom's:
 * never stored, never indexed). The draft goes to the frame as data, never as markup.
 */
export function PreviewPanel({ form, sections, writers, article }: Props) {
  const [open, setOpen] = useState(false);
  const [width, setWidth] = useState<number>(375);
  const [ready, setReady] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLIFrameElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) dialog.current?.showModal();
  }, [open]);

  useEffect(() => {
    if (!open) return;
    const listen = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (event.origin === window.location.origin && event.source === frame.current?.contentWindow && data && typeof data === 'object' && 'type' in data && data.type === READY) setReady(true);
    };
    window.addEventListener('message', listen);
    return () => window.removeEventListener('message', listen);
  }, [open]);

  // Every change while the preview is open is shown in it at once.
  useEffect(() => {
    if (!open || !ready) return;
    frame.current?.contentWindow?.postMessage({ type: DRAFT, article: previewArticle(form, sections, writers, article) }, window.location.origin);
  }, [open, ready, form, sections, writers, article]);

  return (
    <>
      <button ref={opener} type="button" className={ui.secondary} onClick={() => setOpen(true)}>
        {strings.preview.open}
      </button>
      {open && (
        <dialog
          ref={dialog}
          className={styles.previewDialog}
          aria-labelledby="forhandsgranskning-rubrik"
          onClose={() => {
            setOpen(false);
            setReady(false);
            opener.current?.focus();
          }}
        >
          <div className={styles.previewHeader}>
            <h2 id="forhandsgranskning-rubrik">{strings.preview.title}</h2>
            <div className={styles.previewWidths} role="radiogroup" aria-labelledby="forhandsgranskning-bredd">
              <span id="forhandsgranskning-bredd" className={styles.previewWidthsLabel}>
                {strings.preview.width}
              </span>
              {WIDTHS.map((option) => (
                <label key={option.width} className={ui.check}>
                  <input type="radio" name="forhandsgranskning-bredd" value={option.width} checked={width === option.width} onChange={() => setWidth(option.width)} />
                  {option.label}
                </label>
              ))}
            </div>
            <button type="button" className={ui.secondary} onClick={() => dialog.current?.close()}>
              {strings.preview.close}
            </button>
          </div>
          <p className={styles.note}>{strings.preview.intro}</p>
          <div className={styles.previewStage}>
            {/* Scripts of our own page only (the draft is data); no forms, pop-ups or navigating the editor away. */}
            <iframe ref={frame} src={PREVIEW_PATH} title={strings.preview.frame(width)} sandbox="allow-scripts allow-same-origin" style={{ width: `${width}px` }} className={styles.previewFrame} />
          </div>
        </dialog>
      )}
    </>
  );
}
