import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { auditQuery, staffListQuery, type AuditFilter } from '../api/staffAccounts';
import { sessionQuery } from '../api/session';

/** The log's filter and page, from the address: `?handelse=sign-in&medarbetare=3&fore=120`. */
export function auditFilter(search: URLSearchParams): AuditFilter {
  const whole = (value: string | null) => (value && /^\d{1,12}$/.test(value) ? Number(value) : undefined);
  const action = search.get('handelse');
  const before = whole(search.get('fore'));
  const staff = whole(search.get('medarbetare'));
  return {
    ...(action && /^[a-z][a-z-]{0,49}$/.test(action) ? { action } : {}),
    ...(before !== undefined ? { before } : {}),
    ...(staff !== undefined ? { staff } : {}),
  };
}

/** Starts the admins' reads; for anyone else the page says it is for admins (and the server refuses anyway). */
const forAdmins =
  (queryClient: QueryClient, reads: (request: Request) => Promise<unknown>[]) =>
  async ({ request }: LoaderFunctionArgs) => {
    const staff = await queryClient.ensureQueryData(sessionQuery);
    if (staff?.role === 'admin') await Promise.all(reads(request));
    return null;
  };

export const staffLoader = (queryClient: QueryClient) => forAdmins(queryClient, () => [queryClient.prefetchQuery(staffListQuery)]);

export const auditLoader = (queryClient: QueryClient) =>
  forAdmins(queryClient, (request) => [queryClient.prefetchQuery(auditQuery(auditFilter(new URL(request.url).searchParams))), queryClient.prefetchQuery(staffListQuery)]);
