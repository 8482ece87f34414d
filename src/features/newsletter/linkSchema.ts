import { z } from 'zod/mini';

// The contract of the pages a newsletter e-mail's links open: apart from the sign-up's
// schema, so that the sign-up form does not load them.

/** A link from a newsletter e-mail: its signed token, as the page's address carries it. */
export const newsletterTokenSchema = z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[A-Za-z0-9._-]+$/));
export const newsletterLinkRequestSchema = z.object({ token: newsletterTokenSchema });

const subscriberStatus = z.enum(['pending', 'confirmed', 'unsubscribed']);
/** What a link is for, and where its address stands now. */
export const newsletterLinkSchema = z.object({ purpose: z.enum(['confirm', 'unsubscribe']), email: z.string(), status: subscriberStatus });
/** The address after a confirmation or a departure. */
export const subscriptionStateSchema = z.object({ email: z.string(), status: subscriberStatus });

export type NewsletterLink = z.infer<typeof newsletterLinkSchema>;
export type SubscriptionState = z.infer<typeof subscriptionStateSchema>;
