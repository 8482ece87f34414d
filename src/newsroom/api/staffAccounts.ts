import { queryOptions } from '@tanstack/react-query';
import { staffRequest } from './staffApi';
import { auditPageSchema, staffAccountSchema, staffListSchema, type NewStaff, type StaffChange } from './staffSchemas';

// Staff accounts and the audit log (admins): the server checks the role on every request.

const STAFF = '/api/newsroom/staff';

export const staffListQuery = queryOptions({
  queryKey: ['newsroom', 'staff', 'list'],
  queryFn: ({ signal }) => staffRequest(STAFF, staffListSchema, { signal }),
  staleTime: 0,
});

export const addStaff = (account: NewStaff) => staffRequest(STAFF, staffAccountSchema, { method: 'POST', body: account });

export const changeStaff = (id: number, change: StaffChange) => staffRequest(`${STAFF}/${id}`, staffAccountSchema, { method: 'PATCH', body: change });

export type AuditFilter = { before?: number; action?: string; staff?: number };

const AUDIT_PAGE_SIZE = 50;

export const auditQuery = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['newsroom', 'audit', filter],
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
      if (filter.before !== undefined) params.set('before', String(filter.before));
      if (filter.action) params.set('action', filter.action);
      if (filter.staff !== undefined) params.set('staff', String(filter.staff));
      return staffRequest(`/api/newsroom/audit?${params}`, auditPageSchema, { signal });
    },
    staleTime: 0,
  });
