import type { QueryClient } from '@tanstack/react-query';
import { newsletterArticlesQuery, newsletterIssuesQuery } from '../api/newsletter';
import { sessionQuery } from '../api/session';

/** Editors and admins send the newsletter; for anyone else the page says so instead of asking. */
export const canSendNewsletter = (role: string | undefined) => role === 'editor' || role === 'admin';

export const newsletterLoader = (queryClient: QueryClient) => async () => {
  const staff = await queryClient.ensureQueryData(sessionQuery);
  if (!canSendNewsletter(staff?.role)) return null;
  await Promise.all([queryClient.prefetchQuery(newsletterArticlesQuery), queryClient.prefetchQuery(newsletterIssuesQuery)]);
  return null;
};
