import { z } from 'zod/mini';
import { emailAddress } from '../../lib/email.ts';

export const subscriptionRequestSchema = z.object({ email: emailAddress });
/** The same answer for every address, new or signed up already: a confirmation e-mail may be on its way. */
export const subscriptionSchema = z.object({ email: z.string(), status: z.literal('pending') });

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
