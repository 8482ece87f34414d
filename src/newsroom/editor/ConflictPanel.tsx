import { useEffect, useRef } from 'react';
import type { StaffArticle } from '../api/schemas';
import ui from '../components/ui.module.css';
import { strings } from '../strings';
import { paragraphText, payloadFromForm, type ArticleForm } from './articleForm';
import styles from './Editor.module.css';

type Props = { mine: ArticleForm; theirs: StaffArticle; onKeepMine: () => void; onTakeTheirs: () => void };

type Shown = { headline: string; lead: string; body: string[] };

function bodyLines(body: StaffArticle['body']): string[] {
  return body.map((block) => {
    switch (block.type) {
      case 'paragraph':
        return paragraphText(block);
      case 'subheading':
        return `${strings.blocks.types.subheading}: ${block.text}`;
      case 'quote':
        return `${strings.blocks.types.quote}: ”${block.text}” – ${block.speaker}`;
      case 'factBox':
        return `${strings.blocks.types.factBox}: ${block.title}`;
      case 'image':
        return `${strings.blocks.types.image}: ${block.image.alt}`;
      case 'chart':
        return `${strings.blocks.types.chart}: ${block.caption}`;
      case 'newsletterCta':
        return `${strings.blocks.types.newsletterCta}: ${block.title}`;
    }
  });
}

function Version({ title, shown, other }: { title: string; shown: Shown; other: Shown }) {
  const differs = (a: string, b: string | undefined) => (a !== b ? styles.differs : undefined);
  return (
    <section className={styles.version} aria-label={title}>
      <h3>{title}</h3>
      <dl>
        <dt>{strings.editor.headline}</dt>
        <dd className={differs(shown.headline, other.headline)}>{shown.headline}</dd>
        <dt>{strings.editor.lead}</dt>
        <dd className={differs(shown.lead, other.lead)}>{shown.lead}</dd>
        <dt>{strings.blocks.title}</dt>
        <dd>
          <ol>
            {shown.body.map((line, i) => (
              <li key={i} className={differs(line, other.body[i])}>
                {line}
              </li>
            ))}
          </ol>
        </dd>
      </dl>
    </section>
  );
}

/** Someone saved meanwhile: both versions side by side, and the choice of which one stands. */
export function ConflictPanel({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const minePayload = payloadFromForm(mine);
  const shownMine = { headline: minePayload.headline, lead: minePayload.lead, body: bodyLines(minePayload.body) };
  const shownTheirs = { headline: theirs.headline, lead: theirs.lead, body: bodyLines(theirs.body) };
  return (
    <section className={styles.conflict} aria-labelledby="konflikt-rubrik">
      <h2 id="konflikt-rubrik" tabIndex={-1} ref={heading}>
        {strings.conflict.title}
      </h2>
      <p>{strings.conflict.intro(theirs.version)}</p>
      <div className={styles.versions}>
        <Version title={strings.conflict.mine} shown={shownMine} other={shownTheirs} />
        <Version title={strings.conflict.theirs(theirs.version, '')} shown={shownTheirs} other={shownMine} />
      </div>
      <div className={ui.row}>
        <button type="button" className={ui.primary} onClick={onKeepMine}>
          {strings.conflict.keepMine}
        </button>
        <button type="button" className={ui.secondary} onClick={onTakeTheirs}>
          {strings.conflict.takeTheirs}
        </button>
      </div>
    </section>
  );
}
