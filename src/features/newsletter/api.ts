import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import { isApiError } from '../../lib/apiError';
import type { Idempotent } from '../../lib/idempotency';
import { subscriptionSchema, type SubscriptionRequest } from './schema';

type SubscribeOutcome = { email: string; status: 'subscribed' | 'already-subscribed' };

export function subscribeMutation() {
  return mutationOptions({
    mutationFn: async ({ request, idempotencyKey }: Idempotent<SubscriptionRequest>): Promise<SubscribeOutcome> => {
      try {
        return await apiRequest('/api/newsletter/subscriptions', subscriptionSchema, { method: 'POST', body: request, idempotencyKey });
      } catch (error) {
        // An address that subscribes already is where the reader wanted to be, not a failure.
        if (isApiError(error) && error.status === 409) return { email: request.email, status: 'already-subscribed' };
        throw error;
      }
    },
  });
}
