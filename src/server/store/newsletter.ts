import type { Db, SubscriberStatus } from './database';

// The newsletter's subscribers and issues. An address is confirmed by its owner before any
// issue goes to it (double opt-in), leaves in one step, and may sign up again afterwards.

/** A second sign-up within this long sends no second confirmation e-mail. */
const CONFIRMATION_RESEND_MS = 10 * 60_000;

export type Subscriber = {
  id: number;
  email: string;
  status: SubscriberStatus;
  signedUpAt: string;
  consentWording: string | null;
  confirmedAt: string | null;
  unsubscribedAt: string | null;
};

export type NewsletterIssue = {
  id: number;
  subject: string;
  intro: string;
  articleIds: number[];
  status: 'sending' | 'sent';
  createdBy: string | null;
  createdAt: string;
  sentAt: string | null;
  recipients: number;
  lastSubscriberId: number;
};

type SubscriberRow = {
  id: number;
  email: string;
  status: SubscriberStatus;
  signed_up_at: string;
  consent_wording: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
};

const toSubscriber = (row: SubscriberRow): Subscriber => ({
  id: row.id,
  email: row.email,
  status: row.status,
  signedUpAt: row.signed_up_at,
  consentWording: row.consent_wording,
  confirmedAt: row.confirmed_at,
  unsubscribedAt: row.unsubscribed_at,
});

const SUBSCRIBER_COLUMNS = ['id', 'email', 'status', 'signed_up_at', 'consent_wording', 'confirmed_at', 'unsubscribed_at'] as const;

/** The outbox's kind for an issue's mails, by which its progress is counted. */
export const issueMailKind = (issueId: number) => `newsletter:${issueId}`;

export function newsletterRecords(db: Db, now: () => number) {
  const at = () => new Date(now()).toISOString();
  const subscribers = () => db.selectFrom('newsletter_subscribers').select(SUBSCRIBER_COLUMNS);

  return {
    /** A secret of the site's, made at its first use and the same for every instance from then on. */
    async secret(name: string, make: () => string): Promise<string> {
      await db.insertInto('site_secrets').values({ name, value: make(), created_at: at() }).onConflict((oc) => oc.column('name').doNothing()).execute();
      return (await db.selectFrom('site_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow()).value;
    },

    async subscriber(id: number): Promise<Subscriber | undefined> {
      const row = await subscribers().where('id', '=', id).executeTakeFirst();
      return row && toSubscriber(row);
    },

    async subscriberByEmail(email: string): Promise<Subscriber | undefined> {
      const row = await subscribers().where('email', '=', email.toLowerCase()).executeTakeFirst();
      return row && toSubscriber(row);
    },

    /**
     * A sign-up (the address in lower case), with the wording the reader consented to. Answers
     * whether a confirmation e-mail is to go: not to an address that is confirmed already, nor
     * again within 10 minutes of the last one. Run it in a transaction with the mail it queues.
     */
    async signUp(email: string, consentWording: string): Promise<{ id: number; sendConfirmation: boolean }> {
      const moment = at();
      const existing = await db.selectFrom('newsletter_subscribers').select(['id', 'status', 'confirmation_sent_at']).where('email', '=', email).executeTakeFirst();
      if (!existing) {
        const row = await db
          .insertInto('newsletter_subscribers')
          .values({ email, status: 'pending', signed_up_at: moment, consent_wording: consentWording, confirmation_sent_at: moment })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { id: row.id, sendConfirmation: true };
      }
      if (existing.status === 'confirmed') return { id: existing.id, sendConfirmation: false };
      const recent = existing.confirmation_sent_at !== null && now() - Date.parse(existing.confirmation_sent_at) < CONFIRMATION_RESEND_MS;
      await db
        .updateTable('newsletter_subscribers')
        .set({ status: 'pending', signed_up_at: moment, consent_wording: consentWording, ...(recent ? {} : { confirmation_sent_at: moment }) })
        .where('id', '=', existing.id)
        .execute();
      return { id: existing.id, sendConfirmation: !recent };
    },

    /**
     * Confirms with a link issued at `issuedAt`: refused (false) when the address has left
     * since, so an old confirmation link cannot sign it up again.
     */
    async confirm(id: number, issuedAt: number): Promise<boolean> {
      const row = await db.selectFrom('newsletter_subscribers').select(['status', 'unsubscribed_at']).where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      if (row.status === 'confirmed') return true;
      if (row.unsubscribed_at !== null && Date.parse(row.unsubscribed_at) > issuedAt) return false;
      // Its confirmation mail has done its work: should the address leave, signing up again mails at once.
      await db.updateTable('newsletter_subscribers').set({ status: 'confirmed', confirmed_at: at(), unsubscribed_at: null, confirmation_sent_at: null }).where('id', '=', id).execute();
      return true;
    },

    async unsubscribe(id: number): Promise<boolean> {
      const row = await db.selectFrom('newsletter_subscribers').select('status').where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      if (row.status !== 'unsubscribed') await db.updateTable('newsletter_subscribers').set({ status: 'unsubscribed', unsubscribed_at: at() }).where('id', '=', id).execute();
      return true;
    },

    /** Forgets an address (on its owner's request): the subscription and every newsletter e-mail to it in the outbox. */
    async remove(email: string): Promise<boolean> {
      const deleted = await db.deleteFrom('newsletter_subscribers').where('email', '=', email.toLowerCase()).executeTakeFirst();
      await db
        .deleteFrom('outbox')
        .where('to_address', '=', email.toLowerCase())
        .where((eb) => eb.or([eb('kind', '=', 'newsletter-confirmation'), eb('kind', 'like', 'newsletter:%')]))
        .execute();
      return Number(deleted.numDeletedRows) > 0;
    },

    /** Confirmed subscribers after `afterId`, in id order: an issue is queued page by page. */
    async confirmedAfter(afterId: number, limit: number): Promise<{ id: number; email: string }[]> {
      return db.selectFrom('newsletter_subscribers').select(['id', 'email']).where('status', '=', 'confirmed').where('id', '>', afterId).orderBy('id').limit(limit).execute();
    },

    async confirmed(): Promise<Subscriber[]> {
      return (await subscribers().where('status', '=', 'confirmed').orderBy('id').execute()).map(toSubscriber);
    },

    async counts(): Promise<Record<SubscriberStatus, number>> {
      const rows = await db.selectFrom('newsletter_subscribers').select(['status', (eb) => eb.fn.countAll<number | string>().as('n')]).groupBy('status').execute();
      const counts = { pending: 0, confirmed: 0, unsubscribed: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },

    /** Published articles, newest first: the latest `limit`, or those with these ids (in the order given). */
    async publishedArticles(options: { ids?: number[]; limit?: number }): Promise<{ id: number; slug: string; headline: string; lead: string; publishedAt: string }[]> {
      let query = db.selectFrom('articles').select(['id', 'slug', 'headline', 'lead', 'published_at']).where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc');
      if (options.ids) query = options.ids.length ? query.where('id', 'in', options.ids) : query.where('id', '=', -1);
      if (options.limit) query = query.limit(options.limit);
      const rows = (await query.execute()).map((row) => ({ id: row.id, slug: row.slug, headline: row.headline, lead: row.lead, publishedAt: row.published_at ?? '' }));
      if (!options.ids) return rows;
      const byId = new Map(rows.map((row) => [row.id, row]));
      return options.ids.flatMap((id) => byId.get(id) ?? []);
    },

    async addIssue(issue: { subject: string; intro: string; articleIds: number[]; createdBy: number }): Promise<number> {
      const row = await db
        .insertInto('newsletter_issues')
        .values({ subject: issue.subject, intro: issue.intro, article_ids: JSON.stringify(issue.articleIds), status: 'sending', created_by: issue.createdBy, created_at: at() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async issues(id?: number): Promise<NewsletterIssue[]> {
      let query = db
        .selectFrom('newsletter_issues')
        .leftJoin('staff', 'staff.id', 'newsletter_issues.created_by')
        .select([
          'newsletter_issues.id',
          'subject',
          'intro',
          'article_ids',
          'status',
          'staff.name as created_by',
          'newsletter_issues.created_at',
          'sent_at',
          'recipients',
          'last_subscriber_id',
        ])
        .orderBy('newsletter_issues.id', 'desc');
      if (id !== undefined) query = query.where('newsletter_issues.id', '=', id);
      return (await query.execute()).map((row) => ({
        id: row.id,
        subject: row.subject,
        intro: row.intro,
        articleIds: JSON.parse(row.article_ids) as number[],
        status: row.status,
        createdBy: row.created_by,
        createdAt: row.created_at,
        sentAt: row.sent_at,
        recipients: row.recipients,
        lastSubscriberId: row.last_subscriber_id,
      }));
    },

    /** A page of an issue's mails is queued: counted, and where to go on from kept (in the page's transaction). */
    async issueQueued(id: number, lastSubscriberId: number, count: number): Promise<void> {
      await db
        .updateTable('newsletter_issues')
        .set((eb) => ({ last_subscriber_id: lastSubscriberId, recipients: eb('recipients', '+', count) }))
        .where('id', '=', id)
        .execute();
    },

    async issueSent(id: number): Promise<void> {
      await db.updateTable('newsletter_issues').set({ status: 'sent', sent_at: at() }).where('id', '=', id).execute();
    },

    /** How far an issue's mails have come in the outbox. */
    async issueDelivery(id: number): Promise<Record<'pending' | 'sent' | 'failed', number>> {
      const rows = await db
        .selectFrom('outbox')
        .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('kind', '=', issueMailKind(id))
        .groupBy('status')
        .execute();
      const counts = { pending: 0, sent: 0, failed: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
}
