import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import type { Idempotent } from '../../lib/idempotency';
import { subscriptionSchema, type SubscriptionRequest } from './schema';

/** A sign-up: answered the same for every address (a confirmation e-mail may be on its way). */
export function subscribeMutation() {
  return mutationOptions({
    mutationFn: ({ request, idempotencyKey }: Idempotent<SubscriptionRequest>) =>
      apiRequest('/api/newsletter/subscriptions', subscriptionSchema, { method: 'POST', body: request, idempotencyKey }),
  });
}
