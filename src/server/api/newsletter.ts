import { newsletterLinkRequestSchema, newsletterTokenSchema, type NewsletterLink } from '../../features/newsletter/linkSchema';
import { subscriptionRequestSchema } from '../../features/newsletter/schema';
import { formStrings } from '../../lib/strings.forms';
import { newLinkSecret, signedLinks, type LinkPurpose, type SignedLinks } from '../auth/signedLinks';
import { confirmationMessage, newsletterUrls } from '../mail/messages/newsletterMail';
import type { Store } from '../store/store';
import type { MailOptions } from './readerMail';
import { apiError, idempotent, requestBody, type ApiApp } from './respond';

// The newsletter for readers: a sign-up answers the same for every address and sends a
// confirmation link (double opt-in); the link's page reads what the link is for, and its
// button confirms; every issue's link (and its List-Unsubscribe header) leaves in one step.

const NO_STORE = { 'Cache-Control': 'no-store' };

const invalidLink = () => apiError(404, 'invalid_token', 'Länken är inte giltig', undefined, NO_STORE);
const expiredLink = () => apiError(410, 'token_expired', 'Länken har slutat gälla', undefined, NO_STORE);

/** The key that signs links: MAIL_LINK_SECRET, or one the store makes once and every instance shares. */
export function linkSigner(store: Store, secret: string | undefined): () => Promise<SignedLinks> {
  let links: Promise<SignedLinks> | undefined;
  return () =>
    (links ??= (secret ? Promise.resolve(secret) : store.newsletter.secret('mail-links', newLinkSecret)).then(signedLinks).catch((error: unknown) => {
      links = undefined;
      throw error;
    }));
}

export function newsletterRoutes(api: ApiApp, store: Store, mail: MailOptions): void {
  const links = linkSigner(store, mail.linkSecret);

  api.post('/api/newsletter/subscriptions', async (c) => {
    const subscription = await requestBody(c.req.raw, subscriptionRequestSchema, 'Anmälan');
    if (subscription instanceof Response) return subscription;
    const email = subscription.email.toLowerCase();
    const signer = await links();
    let queued = false;
    const answer = await idempotent(store, c.req.raw, async (tx) => {
      // Two sign-ups of one address at once: the second waits, and finds the first's mail sent.
      await tx.lock(`newsletter ${email}`);
      const { id, sendConfirmation } = await tx.newsletter.signUp(email, formStrings.newsletter.consent);
      if (sendConfirmation) {
        const url = newsletterUrls(mail.siteOrigin()).confirm(signer.sign('confirm', id, tx.now()));
        await tx.outbox.queue(await confirmationMessage(email, url));
        queued = true;
      }
      // The same answer whatever the address's state: it tells no one who subscribes.
      return { status: 202, body: { email: subscription.email, status: 'pending' } };
    });
    if (queued) mail.queued();
    return answer;
  });

  /** The subscriber a token names, for the purpose it was made for; or the 404 or 410 answer. */
  async function linked(token: string, purpose: LinkPurpose) {
    const read = (await links()).read(token, purpose, store.now());
    if (read === 'expired') return expiredLink();
    if (read === 'invalid') return invalidLink();
    const subscriber = await store.newsletter.subscriber(read.subscriberId);
    return subscriber ? { subscriber, issuedAt: read.issuedAt } : invalidLink();
  }

  // What a link from an e-mail is for: read by its page, which changes nothing (mail scanners open links).
  api.get('/api/newsletter/link', async (c) => {
    const token = newsletterTokenSchema.safeParse(c.req.query('token') ?? '');
    if (!token.success) return invalidLink();
    const purpose = token.data.startsWith('a.') ? 'unsubscribe' : 'confirm';
    const found = await linked(token.data, purpose);
    if (found instanceof Response) return found;
    const body: NewsletterLink = { purpose, email: found.subscriber.email, status: found.subscriber.status };
    return c.json(body, 200, NO_STORE);
  });

  api.post('/api/newsletter/confirmations', async (c) => {
    const request = await requestBody(c.req.raw, newsletterLinkRequestSchema, 'Bekräftelsen');
    if (request instanceof Response) return request;
    const found = await linked(request.token, 'confirm');
    if (found instanceof Response) return found;
    // Left after this link was sent: it cannot sign the address up again; a new sign-up can.
    if (!(await store.newsletter.confirm(found.subscriber.id, found.issuedAt))) return expiredLink();
    return c.json({ email: found.subscriber.email, status: 'confirmed' }, 200, NO_STORE);
  });

  api.post('/api/newsletter/unsubscriptions', async (c) => {
    const request = await requestBody(c.req.raw, newsletterLinkRequestSchema, 'Avanmälan');
    if (request instanceof Response) return request;
    const found = await linked(request.token, 'unsubscribe');
    if (found instanceof Response) return found;
    await store.newsletter.unsubscribe(found.subscriber.id);
    return c.json({ email: found.subscriber.email, status: 'unsubscribed' }, 200, NO_STORE);
  });
}
