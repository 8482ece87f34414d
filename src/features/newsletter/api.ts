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

const linkSchema = () => import('./schema').then((schema) => schema.newsletterLinkSchema);
const stateSchema = () => import('./schema').then((schema) => schema.subscriptionStateSchema);

/** What a link from a newsletter e-mail is for, and where its address stands; reading it changes nothing. */
export const readNewsletterLink = (token: string, signal?: AbortSignal) => apiRequest(`/api/newsletter/link?token=${encodeURIComponent(token)}`, linkSchema, { signal });

/** The button on a link's page: confirms the sign-up, or leaves the newsletter. */
export const followNewsletterLink = (purpose: 'confirm' | 'unsubscribe', token: string) =>
  apiRequest(purpose === 'confirm' ? '/api/newsletter/confirmations' : '/api/newsletter/unsubscriptions', stateSchema, { method: 'POST', body: { token } });
