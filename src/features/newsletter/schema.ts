import { z } from 'zod/mini';
import { emailAddress } from '../../lib/email.ts';

export const subscriptionRequestSchema = z.object({ email: emailAddress });
export const subscriptionSchema = z.object({ email: z.string(), status: z.literal('subscribed') });

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
