import { z } from 'zod/mini';
import { emailAddress } from '../../lib/email';
import { nonEmpty, oneLine } from '../../lib/schemaChecks';
import { ROLES } from '../../server/auth/roles';

// Staff accounts and the audit log, as admins manage and read them: the same schemas check
// the form, the server's request bodies, the answers, and the OpenAPI document.

export const STAFF_ROLES = ROLES;
export type StaffRole = (typeof ROLES)[number];

const isoDateTime = z.iso.datetime({ offset: true });
const role = z.enum(ROLES);
const staffName = z.string().check(z.trim(), nonEmpty, z.maxLength(100), oneLine);

/** A new staff member: the initial password is checked by the server as the CLI checks it (12 characters, not common). */
export const newStaffSchema = z.object({
  email: emailAddress,
  name: staffName,
  role,
  password: z.string().check(z.maxLength(1024)),
});

/** A change to an account: its name, role, or disabled (which ends its sessions at once). */
export const staffChangeSchema = z.object({
  name: z.optional(staffName),
  role: z.optional(role),
  disabled: z.optional(z.boolean()),
});

export const staffAccountSchema = z.object({
  id: z.int(),
  email: z.string(),
  name: z.string(),
  role,
  roleName: z.string(),
  disabled: z.boolean(),
  createdAt: isoDateTime,
  lastSignInAt: z.nullable(isoDateTime),
});

export const staffListSchema = z.object({ items: z.array(staffAccountSchema) });

const auditEntrySchema = z.object({
  id: z.int(),
  at: isoDateTime,
  /** Who did it: null for the command line, the scheduler, and failed sign-ins to unknown addresses. */
  staff: z.nullable(z.object({ id: z.int(), email: z.string(), name: z.string() })),
  action: z.string(),
  /** What it was done to: `artikel 12 (slug)`, `kommentar …`, an e-mail address. */
  target: z.nullable(z.string()),
  details: z.record(z.string(), z.unknown()),
  address: z.nullable(z.string()),
});

/** A page of the log, newest first; `next` is the `before` of the following page, null on the last. */
export const auditPageSchema = z.object({ items: z.array(auditEntrySchema), next: z.nullable(z.int()) });

export type NewStaff = z.infer<typeof newStaffSchema>;
export type StaffChange = z.infer<typeof staffChangeSchema>;
export type StaffAccount = z.infer<typeof staffAccountSchema>;
export type AuditEntry = z.infer<typeof auditEntrySchema>;
