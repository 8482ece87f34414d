import { z } from 'zod/mini';
import { articleListSchema, correctionsSchema, revisionsSchema, staffArticleSchema, staffSchema, STATUSES, writerListSchema } from '../newsroom/api/schemas';
import { photoListSchema, photoSchema } from '../newsroom/api/mediaSchemas';
import { staffStatsSchema, statsEntriesSchema } from '../newsroom/api/statsSchemas';
import { commentModeSchema, moderatedCommentListSchema, moderationStepSchema, readerBlockSchema } from '../newsroom/api/moderationSchemas';
import { auditPageSchema, newStaffSchema, staffAccountSchema, staffChangeSchema, staffListSchema } from '../newsroom/api/staffSchemas';
import { correctionSchema, draftSchema, publishSchema } from '../server/api/newsroom/articles';
import { blockSchema, hideSchema, modeSchema } from '../server/api/newsroom/comments';
import { photoDetailsSchema } from '../server/api/newsroom/media';
import { statsBodySchema } from '../server/api/newsroom/stats';
import { signInSchema } from '../server/api/newsroom/session';
import type { Operation } from './openapi';

// The newsroom's staff API in the OpenAPI document: every operation behind the session
// cookie (the `staffSession` scheme). Another staff route is one entry in
// NEWSROOM_OPERATIONS (its schemas in NEWSROOM_SCHEMAS), composed into src/api/openapi.ts.

export { SESSION_COOKIE } from '../server/api/newsroom/staffGuard';

export const STAFF_SESSION_SCHEME = 'staffSession';

/** The upload's form: the file, and the same details as PUT's JSON body (the credit as two fields). */
const photoUploadSchema = z.object({
  file: z.file().check(z.maxSize(15 * 1024 * 1024)),
  alt: photoDetailsSchema.shape.alt,
  caption: photoDetailsSchema.shape.caption,
  creditName: photoDetailsSchema.shape.credit.def.innerType.shape.name,
  creditAgency: photoDetailsSchema.shape.credit.def.innerType.shape.agency,
});

export const NEWSROOM_SCHEMAS = {
  SignIn: signInSchema,
  StaffSession: staffSchema,
  StaffArticleList: articleListSchema,
  ArticleDraft: draftSchema,
  StaffArticle: staffArticleSchema,
  Publish: publishSchema,
  CorrectionRequest: correctionSchema,
  Corrections: correctionsSchema,
  Revisions: revisionsSchema,
  ModeratedCommentList: moderatedCommentListSchema,
  HideComment: hideSchema,
  ModerationStep: moderationStepSchema,
  BlockReader: blockSchema,
  ReaderBlock: readerBlockSchema,
  CommentModeRequest: modeSchema,
  CommentMode: commentModeSchema,
  NewStaff: newStaffSchema,
  StaffChange: staffChangeSchema,
  StaffAccount: staffAccountSchema,
  StaffList: staffListSchema,
  AuditPage: auditPageSchema,
  Photo: photoSchema,
  PhotoList: photoListSchema,
  PhotoDetails: photoDetailsSchema,
  PhotoUpload: photoUploadSchema,
  StaffStatsList: statsEntriesSchema,
  StaffStats: staffStatsSchema,
  StatsRequest: statsBodySchema,
  WriterList: writerListSchema,
};

const id = z.int().check(z.minimum(1));
const articleId = { id: { schema: id, description: 'The article’s id in the newsroom.' } };
const photoId = { id: { schema: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)), description: 'The photo’s id.' } };
const statsId = { id: { schema: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)), description: 'The set’s id (its address for readers, /statistik/{id}).' } };
const WRITERS = 'contributor, editor, admin';
const STATS_UNREADABLE = 'A field does not fit, or the CSV cannot be read (`fieldErrors.csv` names the line and column); fieldErrors names which.';
const commentId = { id: { schema: z.string().check(z.regex(/^c[1-9]\d{0,14}$/)), description: 'The comment’s id.' } };

/** What every staff operation may answer besides its own. */
const SIGNED_OUT = 'No staff session: signed out, ended (12 hours idle, 7 days, signed out elsewhere) or the account disabled.';
const forRoles = (who: string) => `${who}; any other role gets 403 (as does a post from another site’s page).`;

type StaffOperation = Omit<Operation, 'security' | 'tag' | 'idempotencyKey'> & { tag?: string; roles: string };

/** A staff operation: behind the session cookie, with its 401 and 403; the staff API takes no Idempotency-Key. */
const staff = ({ roles, tag = 'Newsroom', errors, ...op }: StaffOperation): Operation => ({
  ...op,
  tag,
  security: STAFF_SESSION_SCHEME,
  idempotencyKey: false,
  description: [op.description, `Allowed: ${roles}.`].filter(Boolean).join(' '),
  errors: { 401: SIGNED_OUT, 403: forRoles(roles), ...errors },
});

export const NEWSROOM_OPERATIONS: Operation[] = [
  {
    method: 'post',
    path: '/api/newsroom/session',
    operationId: 'signIn',
    tag: 'Newsroom',
    summary: 'Sign in to the newsroom',
    description: 'Sets the session cookie (a new id at every sign-in). A wrong password and an unknown address get the same 401. Every attempt is in the audit log.',
    body: 'SignIn',
    idempotencyKey: false,
    answer: { status: 201, schema: 'StaffSession', description: 'Signed in; `Set-Cookie` holds the session.' },
    errors: { 401: 'Wrong e-mail or password (the same answer for both).', 429: 'Five failures for the account, or twenty from the address, in 15 minutes; `Retry-After` says when to try again.' },
  },
  staff({ method: 'get', path: '/api/newsroom/session', operationId: 'whoAmI', summary: 'Who is signed in', roles: 'every role', answer: { status: 200, schema: 'StaffSession', description: 'The staff member and their role.' } }),
  {
    method: 'delete',
    path: '/api/newsroom/session',
    operationId: 'signOut',
    tag: 'Newsroom',
    summary: 'Sign out',
    description: 'Ends the session on the server and clears the cookie; signed out already is fine too.',
    idempotencyKey: false,
    answer: { status: 204, description: 'Signed out.' },
  },
  staff({
    method: 'get',
    path: '/api/newsroom/articles',
    operationId: 'listStaffArticles',
    summary: 'Articles in the newsroom, last changed first',
    description: 'A contributor sees their own.',
    roles: 'contributor, editor, admin',
    query: {
      status: { schema: z.enum(STATUSES), description: 'Only articles with this status.' },
      q: { schema: z.string().check(z.maxLength(200)), description: 'Words of the headline.' },
    },
    answer: { status: 200, schema: 'StaffArticleList', description: 'At most 200 articles.' },
    errors: { 422: 'An unknown status.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/articles',
    operationId: 'createArticle',
    summary: 'A new draft',
    description: 'The slug is made from the headline unless given. `ETag` holds the version.',
    roles: 'contributor, editor, admin',
    body: 'ArticleDraft',
    answer: { status: 201, schema: 'StaffArticle', description: 'The draft, version 1.' },
    errors: { 409: 'The slug given is taken.', 422: 'The draft does not fit the schema, or its section or writer is unknown; fieldErrors names which.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/articles/{id}',
    operationId: 'getStaffArticle',
    summary: 'One article to edit, with its corrections',
    roles: 'editors and admins any, contributors their own drafts',
    pathParams: articleId,
    answer: { status: 200, schema: 'StaffArticle', description: 'The article; `ETag` holds its version.' },
    errors: { 404: 'No article has this id.' },
  }),
  staff({
    method: 'put',
    path: '/api/newsroom/articles/{id}',
    operationId: 'saveArticle',
    summary: 'Save a new version',
    description: 'Every save is kept as a revision. A stale `If-Match` gets 412 with the version saved meanwhile (`current`), so nothing is lost.',
    roles: 'editors and admins any, contributors their own drafts',
    pathParams: articleId,
    headers: { 'If-Match': { schema: z.string().check(z.regex(/^"?\d+"?$/)), description: 'The version the change starts from.', required: true } },
    body: 'ArticleDraft',
    answer: { status: 200, schema: 'StaffArticle', description: 'The new version; `ETag` holds it.' },
    errors: { 404: 'No article has this id.', 409: 'The slug given is taken.', 412: 'Someone saved meanwhile: the body has `current`, the version saved.', 428: 'No If-Match.' },
  }),
  ...(
    [
      ['review', 'sendForReview', 'Send a draft for review', 'contributors their own drafts, editors, admins', undefined, { 409: 'Only a draft can be sent for review.' }],
      ['publish', 'publishArticle', 'Publish now, or at `at`', 'editor, admin', 'Publish', { 422: 'The article is not ready (headline, lead, alt text, credit); fieldErrors names each field.' }],
      ['unpublish', 'unpublishArticle', 'Take the article down (its address answers 410)', 'editor, admin', undefined, {}],
    ] as const
  ).map(([action, operationId, summary, roles, body, errors]) =>
    staff({
      method: 'post',
      path: `/api/newsroom/articles/{id}/${action}`,
      operationId,
      summary,
      roles,
      pathParams: articleId,
      ...(body ? { body } : {}),
      answer: { status: 200, schema: 'StaffArticle', description: 'The article as it is now.' },
      errors: { 404: 'No article has this id.', ...errors },
    }),
  ),
  staff({
    method: 'post',
    path: '/api/newsroom/articles/{id}/corrections',
    operationId: 'correctArticle',
    summary: 'Add a dated correction readers see',
    roles: 'editor, admin',
    pathParams: articleId,
    body: 'CorrectionRequest',
    answer: { status: 201, schema: 'Corrections', description: 'Every correction of the article.' },
    errors: { 404: 'No article has this id.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/articles/{id}/revisions',
    operationId: 'listRevisions',
    summary: 'Every saved version, newest first, with who and when',
    roles: 'editors and admins any, contributors their own drafts',
    pathParams: articleId,
    answer: { status: 200, schema: 'Revisions', description: 'The revisions.' },
    errors: { 404: 'No article has this id.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/articles/{id}/revisions/{version}/restore',
    operationId: 'restoreRevision',
    summary: 'Restore a version, as a new version',
    roles: 'editors and admins any, contributors their own drafts',
    pathParams: { ...articleId, version: { schema: id, description: 'The version to restore.' } },
    answer: { status: 200, schema: 'StaffArticle', description: 'The article with the version restored.' },
    errors: { 404: 'No such article or version.', 409: 'Someone saved at the same moment; try again.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/articles/{id}/comments',
    operationId: 'getCommentMode',
    tag: 'Moderation',
    summary: 'Whether an article’s comments are open, pre-moderated or closed',
    roles: 'editor, admin',
    pathParams: articleId,
    answer: { status: 200, schema: 'CommentMode', description: 'The article’s comments as they are now.' },
    errors: { 404: 'No article has this id.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/articles/{id}/comments',
    operationId: 'setCommentMode',
    tag: 'Moderation',
    summary: 'Open, pre-moderate or close an article’s comments',
    roles: 'editor, admin',
    pathParams: articleId,
    body: 'CommentModeRequest',
    answer: { status: 200, schema: 'CommentMode', description: 'The article’s comments as they are now.' },
    errors: { 404: 'No article has this id.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/comments',
    operationId: 'listModeratedComments',
    tag: 'Moderation',
    summary: 'Comments to moderate, most reported first',
    roles: 'moderator, editor, admin',
    query: { status: { schema: z._default(z.enum(['reported', 'hidden', 'pending', 'all']), 'reported'), description: 'Which comments.' } },
    answer: { status: 200, schema: 'ModeratedCommentList', description: 'At most 100 comments.' },
    errors: { 422: 'An unknown status.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/comments/{id}/hide',
    operationId: 'hideComment',
    tag: 'Moderation',
    summary: 'Hide a comment, with a reason',
    description: 'Readers see that it was removed, never its words.',
    roles: 'moderator, editor, admin',
    pathParams: commentId,
    body: 'HideComment',
    answer: { status: 200, schema: 'ModerationStep', description: 'The comment as it is now.' },
    errors: { 404: 'No comment has this id.' },
  }),
  ...(
    [
      ['restore', 'restoreComment', 'Show a hidden comment again'],
      ['approve', 'approveComment', 'Publish a comment that waits for approval'],
    ] as const
  ).map(([action, operationId, summary]) =>
    staff({
      method: 'post',
      path: `/api/newsroom/comments/{id}/${action}`,
      operationId,
      tag: 'Moderation',
      summary,
      roles: 'moderator, editor, admin',
      pathParams: commentId,
      answer: { status: 200, schema: 'ModerationStep', description: 'The comment as it is now.' },
      errors: { 404: 'No comment has this id.' },
    }),
  ),
  staff({
    method: 'delete',
    path: '/api/newsroom/comments/{id}',
    operationId: 'deleteComment',
    tag: 'Moderation',
    summary: 'Delete a comment',
    roles: 'moderator, editor, admin',
    pathParams: commentId,
    answer: { status: 204, description: 'Deleted.' },
    errors: { 404: 'No comment has this id.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/readers/{readerId}/block',
    operationId: 'blockReader',
    tag: 'Moderation',
    summary: 'Block a reader id from commenting',
    roles: 'moderator, editor, admin',
    pathParams: { readerId: { schema: z.uuid(), description: 'The anonymous reader id a comment was posted with.' } },
    body: 'BlockReader',
    answer: { status: 200, schema: 'ReaderBlock', description: 'Blocked.' },
    errors: { 404: 'Not a reader id.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/staff',
    operationId: 'listStaff',
    tag: 'Staff',
    summary: 'Every staff account',
    roles: 'admin',
    answer: { status: 200, schema: 'StaffList', description: 'Each account with its role, whether it is disabled, and its last sign-in; never a password.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/staff',
    operationId: 'addStaff',
    tag: 'Staff',
    summary: 'Add a staff member',
    description: 'The initial password is checked as `npm run staff -- add` checks it: at least 12 characters and not a common one. In the audit log.',
    roles: 'admin',
    body: 'NewStaff',
    answer: { status: 201, schema: 'StaffAccount', description: 'The new account; it can sign in.' },
    errors: { 409: 'An account has this e-mail address.', 422: 'A field does not fit, or the password is too short or common; fieldErrors names which.' },
  }),
  staff({
    method: 'patch',
    path: '/api/newsroom/staff/{id}',
    operationId: 'changeStaff',
    tag: 'Staff',
    summary: 'Rename, change the role, disable or enable an account',
    description: 'Disabling ends the account’s sessions at once. The last active admin can be neither disabled nor given another role. Each change is in the audit log, in the same transaction.',
    roles: 'admin',
    pathParams: { id: { schema: id, description: 'The account’s id.' } },
    body: 'StaffChange',
    answer: { status: 200, schema: 'StaffAccount', description: 'The account as it is now.' },
    errors: { 404: 'No account has this id.', 409: 'It would leave no active admin (`last_admin`).', 422: 'Nothing to change, or a field does not fit.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/audit',
    operationId: 'readAuditLog',
    tag: 'Staff',
    summary: 'The audit log, newest first',
    description: 'Sign-ins and failed ones, publishing, unpublishing, corrections, moderation and account changes: who, when, what. Page on with `before` = the answer’s `next`.',
    roles: 'admin',
    query: {
      before: { schema: id, description: 'Only entries older than this one (the previous page’s `next`).' },
      limit: { schema: z._default(z.int().check(z.minimum(1), z.maximum(200)), 50), description: 'Entries on a page.' },
      action: { schema: z.string().check(z.regex(/^[a-z][a-z-]{0,49}$/)), description: 'Only this action: `sign-in`, `sign-in-failed`, `article-published`, `staff-role-changed`, …' },
      staff: { schema: id, description: 'Only what this staff member did (their account id).' },
    },
    answer: { status: 200, schema: 'AuditPage', description: 'A page of entries.' },
    errors: { 422: 'before, limit, action or staff is not valid; fieldErrors names which.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/authors',
    operationId: 'listWriters',
    summary: 'Every writer, for the byline picker',
    roles: 'every role',
    answer: { status: 200, schema: 'WriterList', description: 'Each writer’s id, name and role.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/media',
    operationId: 'listPhotos',
    tag: 'Media',
    summary: 'The uploaded photos, to pick from',
    roles: WRITERS,
    answer: { status: 200, schema: 'PhotoList', description: 'Every photo with its variants, alt text, caption and credit.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/media',
    operationId: 'uploadPhoto',
    tag: 'Media',
    summary: 'Upload a photo',
    description:
      'The one staff post that is not JSON: `multipart/form-data` with the image as `file` (a JPEG, PNG or WebP, told by its bytes, at most 15 MB and 36 megapixels) and its alt text, caption and credit. It is made into variants at several widths, with its metadata (location, camera) stripped. In the audit log.',
    roles: WRITERS,
    body: 'PhotoUpload',
    bodyType: 'multipart/form-data',
    answer: { status: 201, schema: 'Photo', description: 'The photo as stored, ready to be put in an article.' },
    errors: {
      400: 'The body cannot be read as multipart/form-data, or the path holds a malformed `%` sequence.',
      413: 'The photo is over 15 MB (the body over 15 MB and 64 KB: the rest is not read).',
      415: 'The body is not `multipart/form-data`, or the file is not a JPEG, PNG or WebP image.',
      422: 'No file, a field too long or with a line break (fieldErrors names which), or the image is over 36 megapixels (`image_too_large`) or broken (`broken_image`).',
      503: 'This server takes no uploads (it has no media directory), or the API is briefly unavailable; `Retry-After` says in how many seconds to try again.',
    },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/media/{id}',
    operationId: 'getPhoto',
    tag: 'Media',
    summary: 'One photo',
    roles: WRITERS,
    pathParams: photoId,
    answer: { status: 200, schema: 'Photo', description: 'The photo with its variants and details.' },
    errors: { 404: 'No photo has this id.' },
  }),
  staff({
    method: 'put',
    path: '/api/newsroom/media/{id}',
    operationId: 'describePhoto',
    tag: 'Media',
    summary: 'Change a photo’s alt text, caption and credit',
    description: 'A field left out is made empty. In the audit log.',
    roles: WRITERS,
    pathParams: photoId,
    body: 'PhotoDetails',
    answer: { status: 200, schema: 'Photo', description: 'The photo as it is now.' },
    errors: { 404: 'No photo has this id.', 422: 'A field too long or with a line break; fieldErrors names which.' },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/stats',
    operationId: 'listStaffStats',
    tag: 'Statistics',
    summary: 'The statistics sets, to edit',
    roles: WRITERS,
    answer: { status: 200, schema: 'StaffStatsList', description: 'Every set without its numbers, with when the newsroom last changed it.' },
  }),
  staff({
    method: 'post',
    path: '/api/newsroom/stats',
    operationId: 'createStats',
    tag: 'Statistics',
    summary: 'A new statistics set, its numbers pasted as CSV',
    description: 'The id (its address for readers) is made from the title. Readers see it at once. In the audit log.',
    roles: WRITERS,
    body: 'StatsRequest',
    answer: { status: 201, schema: 'StaffStats', description: 'The set as stored, with its numbers as CSV again.' },
    errors: { 413: 'The body is over 256 KB; the rest is not read.', 422: STATS_UNREADABLE },
  }),
  staff({
    method: 'get',
    path: '/api/newsroom/stats/{id}',
    operationId: 'getStaffStats',
    tag: 'Statistics',
    summary: 'One statistics set to edit',
    roles: WRITERS,
    pathParams: statsId,
    answer: { status: 200, schema: 'StaffStats', description: 'The set with its series and its numbers as CSV.' },
    errors: { 404: 'No set has this id.' },
  }),
  staff({
    method: 'put',
    path: '/api/newsroom/stats/{id}',
    operationId: 'saveStats',
    tag: 'Statistics',
    summary: 'Replace a statistics set',
    description: 'Readers see the change on their next request. In the audit log.',
    roles: WRITERS,
    pathParams: statsId,
    body: 'StatsRequest',
    answer: { status: 200, schema: 'StaffStats', description: 'The set as stored.' },
    errors: { 404: 'No set has this id.', 413: 'The body is over 256 KB; the rest is not read.', 422: STATS_UNREADABLE },
  }),
];
