import type { Generated, Kysely } from 'kysely';

// The store's tables, one typed interface for both dialects. Times are ISO 8601 text in
// UTC (sortable as text on SQLite and PostgreSQL alike), flags are 0/1 integers, and
// structured values (an article's blocks, a picture, a statistics set) are JSON text,
// validated by the API's own schemas on the way in and on the way out.

export type ArticleStatus = 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';

interface SectionTable {
  id: string;
  name: string;
  description: string;
  position: number;
}

interface TagTable {
  id: string;
  name: string;
}

interface AuthorTable {
  id: string;
  name: string;
  role: string;
  bio: string;
  email: string | null;
}

interface ArticleTable {
  id: Generated<number>;
  slug: string;
  status: ArticleStatus;
  headline: string;
  lead: string;
  section_id: string;
  author_id: string;
  /** JSON: the hero picture (imageSchema). */
  hero: string;
  /** JSON: the typed body blocks. */
  body: string;
  comments_enabled: number;
  published_at: string | null;
  /** When readers are told it was updated ("Uppdaterad"). */
  updated_at: string | null;
  created_at: string;
  /** Any change to the row, for caches and feeds. */
  modified_at: string;
  version: number;
  created_by: number | null;
  /** When a scheduled article is to be published. */
  scheduled_at: string | null;
  /** New comments wait for a moderator's approval (sensitive cases). */
  comments_premoderated: Generated<number>;
}

interface ArticleRevisionTable {
  id: Generated<number>;
  article_id: number;
  version: number;
  /** JSON: the article record as saved. */
  data: string;
  staff_id: number | null;
  at: string;
}

interface ArticleSlugTable {
  /** An earlier address of the article, answered with 301 to its current one. */
  slug: string;
  article_id: number;
}

interface CorrectionTable {
  id: Generated<number>;
  article_id: number;
  at: string;
  text: string;
  staff_id: number | null;
}

interface ArticleTagTable {
  article_id: number;
  tag_id: string;
  position: number;
}

interface StatsSetTable {
  id: string;
  /** JSON: the whole set (statsSetSchema). */
  data: string;
  position: number;
  /** Saved in the newsroom: when, and by whom (null for the seed's sets). */
  modified_at: string | null;
  modified_by: number | null;
}

interface PhotoTable {
  /** The file name stem under DATA_DIR/media: `polis-blaljus` for polis-blaljus-800.webp. */
  name: string;
  width: number;
  height: number;
  /** JSON: [{ file, width, bytes }], one per variant on disk. */
  variants: string;
  created_at: string;
  /** What the newsroom wrote for it, offered when it is chosen for an article. */
  alt: string | null;
  caption: string | null;
  credit_name: string | null;
  credit_agency: string | null;
  uploaded_by: number | null;
}

interface CommentTable {
  number: Generated<number>;
  article_id: number;
  author: string;
  text: string;
  posted_at: string;
  state: 'published' | 'pending';
  /** The anonymous id of the reader who wrote it, for blocking. */
  reader_id: string | null;
  /** Hidden by the newsroom, or by enough readers' reports until a moderator decides. */
  hidden_at: string | null;
  hidden_reason: string | null;
  hidden_by: number | null;
}

interface BlockedReaderTable {
  reader_id: string;
  at: string;
  staff_id: number | null;
  reason: string | null;
}

interface ReportTable {
  comment_number: number;
  /** Who reported: the reader id, and the address it came from. */
  reader_id: string;
  address: string;
  reported_at: string;
  /** When a moderators' digest told of it. */
  digested_at: string | null;
}

interface ReaderTable {
  id: string;
  created_at: string;
}

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

interface NewsletterSubscriberTable {
  id: Generated<number>;
  /** Lower case. */
  email: string;
  status: SubscriberStatus;
  /** The latest sign-up. */
  signed_up_at: string;
  /** The words the sign-up form showed beside the address when it was sent. */
  consent_wording: string | null;
  /** The latest confirmation e-mail queued (a second sign-up within 10 minutes sends none). */
  confirmation_sent_at: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
}

interface NewsletterIssueTable {
  id: Generated<number>;
  subject: string;
  intro: string;
  /** JSON: the articles' ids, in order. */
  article_ids: string;
  status: 'sending' | 'sent';
  created_by: number | null;
  created_at: string;
  sent_at: string | null;
  /** Subscribers whose mail is queued so far. */
  recipients: Generated<number>;
  /** The last subscriber queued: a send that stopped halfway goes on from there. */
  last_subscriber_id: Generated<number>;
}

interface SiteSecretTable {
  name: string;
  value: string;
  created_at: string;
}

interface TipTable {
  number: Generated<number>;
  article_id: number;
  /** JSON: the recipients' addresses. */
  recipients: string;
  sender_name: string;
  sender_email: string;
  message: string | null;
  sent_at: string;
}

interface IdempotencyTable {
  method: string;
  path: string;
  key: string;
  body_hash: string;
  status: number;
  /** JSON: the first answer's body. */
  body: string;
  created_at: string;
}

interface StaffTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  /** argon2id, PHC string format. */
  password_hash: string;
  disabled_at: string | null;
  created_at: string;
  last_sign_in_at: string | null;
}

interface StaffSessionTable {
  /** SHA-256 of the session id: the cookie's value is never stored. */
  id_hash: string;
  staff_id: number;
  created_at: string;
  last_seen_at: string;
}

interface AuditLogTable {
  id: Generated<number>;
  at: string;
  staff_id: number | null;
  action: string;
  subject: string | null;
  /** JSON: what changed. */
  details: string;
  address: string | null;
}

interface OutboxTable {
  id: Generated<number>;
  /** What the message is: tip, … */
  kind: string;
  to_address: string;
  reply_to: string | null;
  subject: string;
  text: string;
  html: string;
  /** JSON: extra headers (List-Unsubscribe, …). */
  headers: string;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  next_attempt_at: string;
  /** A sender has it until then; after that another may take it. */
  claimed_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** One row: goes up with every committed change to what readers are shown (migration 0012). */
interface ContentGenerationTable {
  id: number;
  n: number | string;
}

interface ModerationDigestTable {
  id: Generated<number>;
  sent_at: string;
  /** How many new reports it told of. */
  reports: number;
  recipients: number;
}

export interface Database {
  sections: SectionTable;
  tags: TagTable;
  authors: AuthorTable;
  articles: ArticleTable;
  article_tags: ArticleTagTable;
  stats_sets: StatsSetTable;
  photos: PhotoTable;
  comments: CommentTable;
  reports: ReportTable;
  readers: ReaderTable;
  newsletter_subscribers: NewsletterSubscriberTable;
  newsletter_issues: NewsletterIssueTable;
  site_secrets: SiteSecretTable;
  tips: TipTable;
  idempotency_keys: IdempotencyTable;
  staff: StaffTable;
  staff_sessions: StaffSessionTable;
  audit_log: AuditLogTable;
  article_revisions: ArticleRevisionTable;
  article_slugs: ArticleSlugTable;
  corrections: CorrectionTable;
  outbox: OutboxTable;
  blocked_readers: BlockedReaderTable;
  moderation_digests: ModerationDigestTable;
  content_generation: ContentGenerationTable;
}

export type Dialect = 'sqlite' | 'postgres';

export type Db = Kysely<Database>;
