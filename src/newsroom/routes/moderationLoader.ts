import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { canModerate, MODERATION_STATUSES, moderationListQuery, type ModerationStatus } from '../api/comments';
import { sessionQuery } from '../api/session';

/** The list shown, from the address: `?visa=dolda`; reported comments unless another is asked for. */
export const MODERATION_TABS: Record<ModerationStatus, string> = { reported: 'anmalda', pending: 'vantar', hidden: 'dolda', all: 'alla' };

export function moderationTab(search: URLSearchParams): ModerationStatus {
  const asked = search.get('visa');
  return MODERATION_STATUSES.find((status) => MODERATION_TABS[status] === asked) ?? 'reported';
}

export const moderationLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const staff = await queryClient.ensureQueryData(sessionQuery);
    // Signed out, or a role that may not moderate: the page says so, nothing is asked for.
    if (!staff || !canModerate(staff)) return null;
    await queryClient.prefetchQuery(moderationListQuery(moderationTab(new URL(request.url).searchParams)));
    return null;
  };
