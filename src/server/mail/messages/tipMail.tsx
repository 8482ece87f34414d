import { renderToStaticMarkup } from 'react-dom/server';
import type { Article } from '../../../features/articles/schema';
import { paths } from '../../../lib/paths';
import type { OutgoingMessage } from '../../store/outbox';

// The e-mail a reader's tip becomes: one per recipient (no one sees the others), from the
// site, Reply-To the sender. Every text in it is data, put in as text (React escapes it).

type Tip = { senderName: string; senderEmail: string; message: string | undefined };

const SITE = 'Rättsläget';

const subjectOf = (tip: Tip, article: Pick<Article, 'headline'>) => `${tip.senderName} tipsar om: ${article.headline}`;

const why = (tip: Tip) =>
  `Du får det här brevet för att ${tip.senderName} (${tip.senderEmail}) skrev in din adress i formuläret "Tipsa om artikeln via e-post" på ${SITE}. Vi sparar inte din adress för något annat, och du får inga fler brev från oss av det här.`;

const styles = {
  body: { margin: 0, padding: '24px', backgroundColor: '#fdfcfa', color: '#1b1b1b', fontFamily: 'Georgia, serif' },
  box: { maxWidth: '560px', margin: '0 auto' },
  headline: { fontSize: '24px', lineHeight: '1.25', margin: '0 0 12px' },
  lead: { fontSize: '17px', lineHeight: '1.5', margin: '0 0 16px' },
  note: { borderLeft: '4px solid #9b1c1c', padding: '8px 12px', margin: '0 0 16px', whiteSpace: 'pre-line' as const },
  button: { display: 'inline-block', backgroundColor: '#9b1c1c', color: '#ffffff', padding: '10px 16px', textDecoration: 'none', fontFamily: 'Arial, sans-serif' },
  why: { fontSize: '13px', color: '#555250', fontFamily: 'Arial, sans-serif', margin: '24px 0 0' },
};

function TipEmail({ tip, article, url }: { tip: Tip; article: Pick<Article, 'headline' | 'lead'>; url: string }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subjectOf(tip, article)}</title>
      </head>
      <body style={styles.body}>
        <div style={styles.box}>
          <p>{`${tip.senderName} tipsar dig om en artikel på ${SITE}:`}</p>
          <h1 style={styles.headline}>{article.headline}</h1>
          <p style={styles.lead}>{article.lead}</p>
          {tip.message && (
            <blockquote style={styles.note}>
              <strong>{`${tip.senderName} skriver:`}</strong>
              <br />
              {tip.message}
            </blockquote>
          )}
          <p>
            <a href={url} style={styles.button}>
              Läs artikeln
            </a>
          </p>
          <p style={{ fontSize: '13px', fontFamily: 'Arial, sans-serif' }}>{url}</p>
          <p style={styles.why}>{why(tip)}</p>
        </div>
      </body>
    </html>
  );
}

/** One message per recipient. */
export function tipMessages(tip: Tip & { recipients: string[] }, article: Pick<Article, 'slug' | 'headline' | 'lead'>, origin: string): OutgoingMessage[] {
  const url = new URL(paths.article(article.slug), origin).toString();
  const text = [
    `${tip.senderName} tipsar dig om en artikel på ${SITE}:`,
    '',
    article.headline,
    '',
    article.lead,
    ...(tip.message ? ['', `${tip.senderName} skriver:`, tip.message] : []),
    '',
    `Läs artikeln: ${url}`,
    '',
    '-- ',
    why(tip),
  ].join('\n');
  const html = `<!doctype html>${renderToStaticMarkup(<TipEmail tip={tip} article={article} url={url} />)}`;
  return tip.recipients.map((to) => ({ kind: 'tip', to, replyTo: tip.senderEmail, subject: subjectOf(tip, article), text, html }));
}
