import { apiRequest } from '../../lib/apiClient';

// The pages a newsletter e-mail's links open: what a link is for, and its button.

const linkSchema = () => import('./linkSchema').then((schema) => schema.newsletterLinkSchema);
const stateSchema = () => import('./linkSchema').then((schema) => schema.subscriptionStateSchema);

/** What a link from a newsletter e-mail is for, and where its address stands; reading it changes nothing. */
export const readNewsletterLink = (token: string, signal?: AbortSignal) => apiRequest(`/api/newsletter/link?token=${encodeURIComponent(token)}`, linkSchema, { signal });

/** The button on a link's page: confirms the sign-up, or leaves the newsletter. */
export const followNewsletterLink = (purpose: 'confirm' | 'unsubscribe', token: string) =>
  apiRequest(purpose === 'confirm' ? '/api/newsletter/confirmations' : '/api/newsletter/unsubscriptions', stateSchema, { method: 'POST', body: { token } });
