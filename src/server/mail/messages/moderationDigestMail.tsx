import { renderToStaticMarkup } from 'react-dom/server';
import { paths } from '../../../lib/paths';
import type { DigestItem } from '../../store/moderation';
import type { OutgoingMessage } from '../../store/outbox';

// The moderators' digest: the comments readers reported since the last one, each with an
// excerpt, its article and how many reported it, and the way to the moderation page. Every
// text from a reader or an article is data, put in as text (React escapes it).

const SITE = 'Rättsläget';
const MODERATION_PATH = '/redaktion/kommentarer';
const EXCERPT = 200;

const excerpt = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > EXCERPT ? `${line.slice(0, EXCERPT - 1).trimEnd()}…` : line;
};
const readers = (n: number) => (n === 1 ? '1 läsare' : `${n} läsare`);
const reportsLine = (item: DigestItem) =>
  `Anmäld av ${readers(item.newReports)} sedan förra sammanställningen${item.reports > item.newReports ? `, ${readers(item.reports)} totalt` : ''}${item.hidden ? '. Dold tills en moderator har beslutat.' : '.'}`;
const subjectOf = (items: DigestItem[]) => `${SITE}: ${items.length === 1 ? '1 anmäld kommentar' : `${items.length} anmälda kommentarer`} att granska`;
const why = (name: string) =>
  `Du får det här brevet för att du (${name}) modererar kommentarer på ${SITE}. Det kommer högst en gång i kvarten, och bara när läsare har anmält något nytt.`;

const styles = {
  body: { margin: 0, padding: '24px', backgroundColor: '#fdfcfa', color: '#1b1b1b', fontFamily: 'Arial, sans-serif' },
  box: { maxWidth: '600px', margin: '0 auto' },
  heading: { fontFamily: 'Georgia, serif', fontSize: '22px', lineHeight: '1.25', margin: '0 0 16px' },
  item: { borderTop: '1px solid #d8d4ce', padding: '12px 0' },
  article: { fontFamily: 'Georgia, serif', fontWeight: 700, margin: '0 0 4px' },
  quote: { borderLeft: '4px solid #9b1c1c', padding: '4px 12px', margin: '0 0 8px', whiteSpace: 'pre-line' as const },
  meta: { fontSize: '14px', color: '#555250', margin: 0 },
  button: { display: 'inline-block', backgroundColor: '#9b1c1c', color: '#ffffff', padding: '10px 16px', textDecoration: 'none' },
  why: { fontSize: '13px', color: '#555250', margin: '24px 0 0' },
};

function DigestEmail({ items, name, origin, url }: { items: DigestItem[]; name: string; origin: string; url: string }) {
  return (
    <html lang="sv">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{subjectOf(items)}</title>
      </head>
      <body style={styles.body}>
        <div style={styles.box}>
          <h1 style={styles.heading}>{subjectOf(items)}</h1>
          {items.map((item) => (
            <div key={item.id} style={styles.item}>
              <p style={styles.article}>
                <a href={new URL(`${paths.article(item.article.slug)}#kommentar-${item.id}`, origin).toString()}>{item.article.headline}</a>
              </p>
              <blockquote style={styles.quote}>
                <strong>{`${item.author}:`}</strong> {excerpt(item.text)}
              </blockquote>
              <p style={styles.meta}>{reportsLine(item)}</p>
            </div>
          ))}
          <p>
            <a href={url} style={styles.button}>
              Granska kommentarerna
            </a>
          </p>
          <p style={{ fontSize: '13px' }}>{url}</p>
          <p style={styles.why}>{why(name)}</p>
        </div>
      </body>
    </html>
  );
}

/** One message per recipient (no one sees the others' addresses). */
export function moderationDigestMessages(items: DigestItem[], recipients: { email: string; name: string }[], origin: string): OutgoingMessage[] {
  const url = new URL(MODERATION_PATH, origin).toString();
  return recipients.map(({ email, name }) => {
    const text = [
      subjectOf(items),
      '',
      ...items.flatMap((item) => [`"${item.article.headline}"`, `${item.author}: ${excerpt(item.text)}`, reportsLine(item), '']),
      `Granska kommentarerna: ${url}`,
      '',
      '-- ',
      why(name),
    ].join('\n');
    const html = `<!doctype html>${renderToStaticMarkup(<DigestEmail items={items} name={name} origin={origin} url={url} />)}`;
    return { kind: 'moderation-digest', to: email, subject: subjectOf(items), text, html };
  });
}
