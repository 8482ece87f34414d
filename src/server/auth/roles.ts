// The newsroom's roles and what each may do: access rules as small functions of the staff
// member (and, for articles, the article), checked on the server for every staff route.

export const ROLES = ['contributor', 'editor', 'moderator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES: Record<Role, string> = {
  contributor: 'Medarbetare',
  editor: 'Redaktör',
  moderator: 'Moderator',
  admin: 'Administratör',
};

export type StaffMember = { id: number; email: string; name: string; role: Role };

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** Who may do what. A rule that needs the article takes it; the same rules guard the API and the UI. */
export const can = {
  /** Any signed-in staff member: who am I, sign out. */
  signIn: (_staff: StaffMember) => true,
  /** Write drafts and list articles. */
  writeDrafts: (staff: StaffMember) => staff.role !== 'moderator',
  /** Edit this article: editors and admins any, contributors only their own drafts. */
  editArticle: (staff: StaffMember, article: { createdBy: number | null; status: string }) =>
    staff.role === 'editor' || staff.role === 'admin' || (staff.role === 'contributor' && article.createdBy === staff.id && (article.status === 'draft' || article.status === 'review')),
  /** Publish, schedule, unpublish, correct. */
  publish: (staff: StaffMember) => staff.role === 'editor' || staff.role === 'admin',
  /** Write and send the newsletter. */
  sendNewsletter: (staff: StaffMember) => staff.role === 'editor' || staff.role === 'admin',
  /** Moderate readers' comments. */
  moderate: (staff: StaffMember) => staff.role !== 'contributor',
  /** Staff accounts and the audit log. */
  administer: (staff: StaffMember) => staff.role === 'admin',
};
