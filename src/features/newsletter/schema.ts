import { z } from 'zod/mini';

export const subscriptionRequestSchema = z.object({ email: z.string() });
export const subscriptionSchema = z.object({ email: z.string(), status: z.literal('subscribed') });

export type SubscriptionRequest = z.infer<typeof subscriptionRequestSchema>;
export type Subscription = z.infer<typeof subscriptionSchema>;
