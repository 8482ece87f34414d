import { tipRequestSchema } from '../../features/tips/schema';
import { tipMessages } from '../mail/messages/tipMail';
import type { Store } from '../store/store';
import { type ApiApp, idempotent, notFound, requestBody } from './respond';

/** What readers ask us to send: a tip about an article (the newsletter's mail: newsletter.ts). */
export type MailOptions = {
  /** The site's origin, for the links in the mail. */
  siteOrigin: () => string;
  /** Told when messages have been queued, so the sender need not wait for its next sweep. */
  queued: () => void;
  /** The key that signs the newsletter's links (MAIL_LINK_SECRET); unset, the store keeps one. */
  linkSecret?: string;
};

export function readerMailRoutes(api: ApiApp, store: Store, mail: MailOptions): void {
  api.post('/api/articles/:slug/tips', async (c) => {
    const article = await store.content.article(c.req.param('slug'));
    if (!article) return notFound('Artikeln');
    const published = await store.content.publishedArticle(article.slug);
    if (!published) return notFound('Artikeln');
    const tip = await requestBody(c.req.raw, tipRequestSchema, 'Tipset');
    if (tip instanceof Response) return tip;
    // Each address once, as a mailer would send it: the first spelling of it is kept.
    const seen = new Set<string>();
    const recipients = tip.recipients.filter((address) => !seen.has(address.toLowerCase()) && seen.add(address.toLowerCase()));
    const answer = await idempotent(store, c.req.raw, async (tx) => {
      const stored = { recipients, senderName: tip.senderName, senderEmail: tip.senderEmail, message: tip.message || undefined };
      await tx.readers.addTip({ articleId: published.id, ...stored, sentAt: new Date(tx.now()).toISOString() });
      // One e-mail per recipient, queued with the tip: both kept, or neither.
      for (const message of tipMessages(stored, article, mail.siteOrigin())) await tx.outbox.queue(message);
      return { status: 202, body: { sent: recipients.length } };
    });
    if (answer.status === 202) mail.queued();
    return answer;
  });
}
