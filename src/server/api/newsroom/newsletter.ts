import { z } from 'zod/mini';
import { nonEmpty, oneLine, plainLines } from '../../../lib/schemaChecks';
import { can } from '../../auth/roles';
import type { SignedLinks } from '../../auth/signedLinks';
import { issueMessage, renderIssue, type IssueContent } from '../../mail/messages/newsletterMail';
import { issueMailKind, type NewsletterIssue } from '../../store/newsletter';
import type { Store } from '../../store/store';
import type { ClientAddress } from '../guards';
import type { MailOptions } from '../readerMail';
import { apiError, notFound, requestBody, type ApiApp } from '../respond';
import { allow, signedIn } from './staffGuard';

// The newsletter for editors and admins: pick articles (the last week's by default), write an
// intro, preview the HTML and the text, send a test to yourself, then send to every confirmed
// subscriber through the outbox (a mail each, queued page by page, each page one transaction),
// with progress counted from the outbox. Sent issues are kept.

export const issueSchema = z.object({
  subject: z.string().check(z.trim(), nonEmpty, z.maxLength(150), oneLine),
  intro: z.string().check(z.trim(), z.maxLength(4000), plainLines),
  articleIds: z.array(z.int().check(z.positive())).check(z.minLength(1), z.maxLength(20)),
});
type IssueRequest = z.infer<typeof issueSchema>;

/** Subscribers queued in one transaction. */
const PAGE = 500;
/** The articles offered to pick from; those of the last week are picked to begin with. */
const OFFERED = 40;
const WEEK_MS = 7 * 24 * 60 * 60_000;

export function newsroomNewsletterRoutes(api: ApiApp, store: Store, options: { clientAddress: ClientAddress; mail: MailOptions; links: () => Promise<SignedLinks> }): void {
  const base = '/api/newsroom/newsletter';
  const { mail } = options;

  /** The issue's text and its articles as readers will get them; undefined when none of the articles is published. */
  async function contentOf(request: IssueRequest): Promise<(IssueContent & { articleIds: number[] }) | undefined> {
    const articles = await store.newsletter.publishedArticles({ ids: request.articleIds });
    return articles.length ? { subject: request.subject, intro: request.intro, articles, articleIds: articles.map((article) => article.id) } : undefined;
  }
  const noArticles = () => apiError(422, 'validation_failed', 'Utskicket kunde inte tas emot', { articleIds: ['Välj minst en publicerad artikel.'] });

  const withProgress = async (issue: NewsletterIssue) => ({ ...issue, delivery: await store.newsletter.issueDelivery(issue.id) });

  /**
   * Queues an issue's mails from where it stopped: a page of subscribers at a time, each page
   * in one transaction with the mark of how far it got, so a send cut short goes on without
   * sending anyone a second copy.
   */
  async function queueIssue(issueId: number): Promise<void> {
    const [issue] = await store.newsletter.issues(issueId);
    if (!issue || issue.status === 'sent') return;
    const articles = await store.newsletter.publishedArticles({ ids: issue.articleIds });
    const origin = mail.siteOrigin();
    const rendered = await renderIssue({ subject: issue.subject, intro: issue.intro, articles }, origin);
    const links = await options.links();
    for (;;) {
      const queued = await store.transaction(async (tx) => {
        await tx.lock(`newsletter-issue ${issueId}`);
        const [current] = await tx.newsletter.issues(issueId);
        if (!current || current.status === 'sent') return 0;
        const page = await tx.newsletter.confirmedAfter(current.lastSubscriberId, PAGE);
        if (page.length === 0) {
          await tx.newsletter.issueSent(issueId);
          return 0;
        }
        for (const subscriber of page) {
          const token = links.sign('unsubscribe', subscriber.id, tx.now());
          await tx.outbox.queue(issueMessage(rendered, { kind: issueMailKind(issueId), to: subscriber.email, token, origin }));
        }
        await tx.newsletter.issueQueued(issueId, page.at(-1)?.id ?? current.lastSubscriberId, page.length);
        return page.length;
      });
      if (queued === 0) return;
      mail.queued();
    }
  }

  api.get(`${base}/articles`, allow(can.sendNewsletter), async (c) => {
    const items = await store.newsletter.publishedArticles({ limit: OFFERED });
    return c.json({ items, pickedSince: new Date(store.now() - WEEK_MS).toISOString() });
  });

  api.post(`${base}/preview`, allow(can.sendNewsletter), async (c) => {
    const request = await requestBody(c.req.raw, issueSchema, 'Utskicket');
    if (request instanceof Response) return request;
    const content = await contentOf(request);
    if (!content) return noArticles();
    const { html, text, subject } = await renderIssue(content, mail.siteOrigin());
    return c.json({ subject, html, text });
  });

  api.post(`${base}/test`, allow(can.sendNewsletter), async (c) => {
    const staff = signedIn(c);
    const request = await requestBody(c.req.raw, issueSchema, 'Utskicket');
    if (request instanceof Response) return request;
    const content = await contentOf(request);
    if (!content) return noArticles();
    const origin = mail.siteOrigin();
    const rendered = await renderIssue({ ...content, subject: `[Prov] ${content.subject}` }, origin);
    // A test goes to the staff member, who subscribes to nothing: its leaving link leads to "Länken fungerar inte".
    const token = (await options.links()).sign('unsubscribe', 0, store.now());
    await store.transaction(async (tx) => {
      await tx.outbox.queue(issueMessage(rendered, { kind: 'newsletter-test', to: staff.email, token, origin }));
      await tx.staff.audit({ staffId: staff.id, action: 'newsletter-test', subject: request.subject, details: { articleIds: request.articleIds }, address: options.clientAddress(c) });
    });
    mail.queued();
    return c.json({ sentTo: staff.email }, 202);
  });

  api.get(`${base}/issues`, allow(can.sendNewsletter), async (c) => {
    const issues = await store.newsletter.issues();
    return c.json({ items: await Promise.all(issues.map(withProgress)), subscribers: await store.newsletter.counts() });
  });

  api.get(`${base}/issues/:id`, allow(can.sendNewsletter), async (c) => {
    const id = /^\d{1,12}$/.test(c.req.param('id')) ? Number(c.req.param('id')) : undefined;
    const [issue] = id === undefined ? [] : await store.newsletter.issues(id);
    if (!issue) return notFound('Utskicket');
    return c.json(await withProgress(issue));
  });

  api.post(`${base}/issues`, allow(can.sendNewsletter), async (c) => {
    const staff = signedIn(c);
    const request = await requestBody(c.req.raw, issueSchema, 'Utskicket');
    if (request instanceof Response) return request;
    const content = await contentOf(request);
    if (!content) return noArticles();
    const { articleIds } = content;
    const id = await store.transaction(async (tx) => {
      const made = await tx.newsletter.addIssue({ subject: request.subject, intro: request.intro, articleIds, createdBy: staff.id });
      await tx.staff.audit({ staffId: staff.id, action: 'newsletter-sent', subject: `utskick ${made}: ${request.subject}`, details: { articleIds }, address: options.clientAddress(c) });
      return made;
    });
    await queueIssue(id);
    const [issue] = await store.newsletter.issues(id);
    return c.json(await withProgress(issue as NewsletterIssue), 201);
  });

  // A send cut short (the server stopped halfway) goes on from where it was; a sent issue stays as it is.
  api.post(`${base}/issues/:id/send`, allow(can.sendNewsletter), async (c) => {
    const id = /^\d{1,12}$/.test(c.req.param('id')) ? Number(c.req.param('id')) : undefined;
    const [issue] = id === undefined ? [] : await store.newsletter.issues(id);
    if (!issue) return notFound('Utskicket');
    await queueIssue(issue.id);
    const [now] = await store.newsletter.issues(issue.id);
    return c.json(await withProgress(now as NewsletterIssue));
  });
}
