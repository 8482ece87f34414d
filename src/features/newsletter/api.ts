import { apiRequest } from '../../lib/apiClient';
import { subscriptionSchema } from './schema';

export function subscribe(email: string, idempotencyKey: string) {
  return apiRequest('/api/newsletter/subscriptions', subscriptionSchema, { method: 'POST', body: { email }, idempotencyKey });
}
