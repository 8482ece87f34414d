import { subscriptionRequestSchema } from '../../features/newsletter/schema';
import { tipRequestSchema } from '../../features/tips/schema';
import type { Store } from '../store/store';
import { type ApiApp, idempotent, notFound, requestBody } from './respond';

/** What readers ask us to send: a newsletter sign-up, and a tip about an article. */
export function readerMailRoutes(api: ApiApp, store: Store): void {
  api.post('/api/newsletter/subscriptions', async (c) => {
    const subscription = await requestBody(c.req.raw, subscriptionRequestSchema, 'Anmälan');
    if (subscription instanceof Response) return subscription;
    const email = subscription.email.toLowerCase();
    return idempotent(store, c.req.raw, async (tx) =>
      (await tx.readers.addSubscriber(email, new Date(tx.now()).toISOString()))
        ? { status: 201, body: { email: subscription.email, status: 'subscribed' } }
        : { status: 409, body: { error: { code: 'already_subscribed', message: 'Adressen prenumererar redan' } } },
    );
  });

  api.post('/api/articles/:slug/tips', async (c) => {
    const article = await store.content.publishedArticle(c.req.param('slug'));
    if (!article) return notFound('Artikeln');
    const tip = await requestBody(c.req.raw, tipRequestSchema, 'Tipset');
    if (tip instanceof Response) return tip;
    // Each address once, as a mailer would send it: the first spelling of it is kept.
    const seen = new Set<string>();
    const recipients = tip.recipients.filter((address) => !seen.has(address.toLowerCase()) && seen.add(address.toLowerCase()));
    return idempotent(store, c.req.raw, async (tx) => {
      await tx.readers.addTip({
        articleId: article.id,
        recipients,
        senderName: tip.senderName,
        senderEmail: tip.senderEmail,
        message: tip.message || undefined,
        sentAt: new Date(tx.now()).toISOString(),
      });
      return { status: 202, body: { sent: recipients.length } };
    });
  });
}
