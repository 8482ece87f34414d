import { Body, Container, Head, Heading, Hr, Html, Link, Preview, Section, Text } from '@react-email/components';
import { render } from '@react-email/render';
import type { ReactNode } from 'react';
import { paths } from '../../../lib/paths';
import type { OutgoingMessage } from '../../store/outbox';

// The newsletter's e-mail, built with React Email (tables and inline styles that hold up in
// common mail programs): the confirmation a sign-up asks for, and an issue. Every text in
// them (the intro, the articles' headlines and leads) is data, put in as text.

const SITE = 'Rättsläget';
const FONT = 'Georgia, "Times New Roman", serif';
const SANS = 'Arial, Helvetica, sans-serif';

const styles = {
  body: { margin: 0, padding: '24px 12px', backgroundColor: '#f4f1ec', color: '#1b1b1b', fontFamily: FONT },
  container: { maxWidth: '600px', margin: '0 auto', padding: '24px', backgroundColor: '#fdfcfa', border: '1px solid #e2ddd5' },
  brand: { margin: '0 0 16px', fontFamily: FONT, fontSize: '28px', fontWeight: 700, color: '#9b1c1c' },
  heading: { margin: '0 0 12px', fontSize: '22px', lineHeight: '1.3', fontFamily: FONT },
  text: { margin: '0 0 14px', fontSize: '17px', lineHeight: '1.55' },
  button: { display: 'inline-block', backgroundColor: '#9b1c1c', color: '#ffffff', padding: '12px 18px', textDecoration: 'none', fontFamily: SANS, fontSize: '16px', borderRadius: '4px' },
  article: { margin: '0 0 20px' },
  headline: { margin: '0 0 6px', fontSize: '20px', lineHeight: '1.3', fontFamily: FONT },
  headlineLink: { color: '#1b1b1b', textDecoration: 'underline' },
  lead: { margin: 0, fontSize: '16px', lineHeight: '1.5', color: '#333' },
  small: { margin: '0 0 8px', fontSize: '13px', lineHeight: '1.5', color: '#555250', fontFamily: SANS },
  hr: { borderColor: '#e2ddd5', margin: '24px 0' },
};

function Mail({ title, preview, children }: { title: string; preview: string; children: ReactNode }) {
  return (
    <Html lang="sv">
      <Head>
        <title>{title}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body style={styles.body}>
        <Container style={styles.container}>
          <Text style={styles.brand}>{SITE}</Text>
          {children}
        </Container>
      </Body>
    </Html>
  );
}

export const newsletterUrls = (origin: string) => ({
  confirm: (token: string) => `${new URL(paths.newsletterConfirm, origin).toString()}?token=${token}`,
  unsubscribe: (token: string) => `${new URL(paths.newsletterLeave, origin).toString()}?token=${token}`,
});

const CONFIRM_SUBJECT = `Bekräfta din prenumeration på ${SITE}s nyhetsbrev`;
const confirmWhy = (email: string) =>
  `Någon, förhoppningsvis du, anmälde ${email} till ${SITE}s nyhetsbrev. Var det inte du behöver du inte göra något: utan en bekräftelse får adressen inga utskick, och vi skickar inte fler brev om det.`;

/** The e-mail a sign-up sends: a link to the page where the reader confirms with a button. */
export async function confirmationMessage(email: string, confirmUrl: string): Promise<OutgoingMessage> {
  const html = await render(
    <Mail title={CONFIRM_SUBJECT} preview="Ett klick till, så är du med.">
      <Heading as="h1" style={styles.heading}>
        Bekräfta din prenumeration
      </Heading>
      <Text style={styles.text}>Tack för att du vill läsa {SITE}! Öppna länken och tryck på knappen där, så börjar nyhetsbrevet komma till {email}.</Text>
      <Section style={{ margin: '8px 0 16px' }}>
        <Link href={confirmUrl} style={styles.button}>
          Bekräfta prenumerationen
        </Link>
      </Section>
      <Text style={styles.small}>Länken gäller i 48 timmar: {confirmUrl}</Text>
      <Hr style={styles.hr} />
      <Text style={styles.small}>{confirmWhy(email)}</Text>
    </Mail>,
  );
  const text = [
    'Bekräfta din prenumeration',
    '',
    `Tack för att du vill läsa ${SITE}! Öppna länken och tryck på knappen där, så börjar nyhetsbrevet komma till ${email}.`,
    '',
    `Bekräfta prenumerationen: ${confirmUrl}`,
    '(Länken gäller i 48 timmar.)',
    '',
    '-- ',
    confirmWhy(email),
  ].join('\n');
  return { kind: 'newsletter-confirmation', to: email, subject: CONFIRM_SUBJECT, text, html };
}

type IssueArticle = { slug: string; headline: string; lead: string };
export type IssueContent = { subject: string; intro: string; articles: IssueArticle[] };

/** Stands for a subscriber's own leaving link until each mail is made from the issue's. */
const TOKEN_SLOT = '%%AVSLUTA%%';

const issueWhy = `Du får det här brevet för att du prenumererar på ${SITE}s nyhetsbrev och har bekräftat din adress.`;

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);

function IssueEmail({ issue, origin, unsubscribeUrl }: { issue: IssueContent; origin: string; unsubscribeUrl: string }) {
  return (
    <Mail title={issue.subject} preview={paragraphs(issue.intro)[0] ?? issue.subject}>
      <Heading as="h1" style={styles.heading}>
        {issue.subject}
      </Heading>
      {paragraphs(issue.intro).map((paragraph, index) => (
        <Text key={index} style={{ ...styles.text, whiteSpace: 'pre-line' }}>
          {paragraph}
        </Text>
      ))}
      <Hr style={styles.hr} />
      {issue.articles.map((article) => (
        <Section key={article.slug} style={styles.article}>
          <Heading as="h2" style={styles.headline}>
            <Link href={new URL(paths.article(article.slug), origin).toString()} style={styles.headlineLink}>
              {article.headline}
            </Link>
          </Heading>
          <Text style={styles.lead}>{article.lead}</Text>
        </Section>
      ))}
      <Hr style={styles.hr} />
      <Text style={styles.small}>{issueWhy}</Text>
      <Text style={styles.small}>
        <Link href={unsubscribeUrl} style={{ color: '#555250' }}>
          Avsluta prenumerationen
        </Link>{' '}
        (ett klick, sedan en knapp).
      </Text>
    </Mail>
  );
}

export type IssueMail = { html: string; text: string; subject: string };

/** An issue rendered once, with a slot for each subscriber's own leaving link. */
export async function renderIssue(issue: IssueContent, origin: string): Promise<IssueMail> {
  const unsubscribeUrl = newsletterUrls(origin).unsubscribe(TOKEN_SLOT);
  const html = await render(<IssueEmail issue={issue} origin={origin} unsubscribeUrl={unsubscribeUrl} />);
  const text = [
    issue.subject,
    '',
    ...paragraphs(issue.intro).flatMap((paragraph) => [paragraph, '']),
    ...issue.articles.flatMap((article) => [article.headline, article.lead, new URL(paths.article(article.slug), origin).toString(), '']),
    '-- ',
    issueWhy,
    `Avsluta prenumerationen: ${unsubscribeUrl}`,
  ].join('\n');
  return { html, text, subject: issue.subject };
}

/** One subscriber's mail of an issue: their leaving link in it and in the headers (RFC 8058's one-click). */
export function issueMessage(mail: IssueMail, options: { kind: string; to: string; token: string; origin: string }): OutgoingMessage {
  const fill = (template: string) => template.split(TOKEN_SLOT).join(options.token);
  const unsubscribeUrl = newsletterUrls(options.origin).unsubscribe(options.token);
  return {
    kind: options.kind,
    to: options.to,
    subject: mail.subject,
    text: fill(mail.text),
    html: fill(mail.html),
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
