import type { StaffAccount } from '../store/staff';
import type { Store } from '../store/store';
import { moderationDigestMessages } from '../mail/messages/moderationDigestMail';

/** At most one digest in this long, to each recipient. */
export const DIGEST_INTERVAL_MS = 15 * 60_000;
/** How often the store is asked whether a digest is due. */
const SWEEP_MS = 60_000;

/**
 * Who gets the digest: every active moderator; with none, the editors and admins, so that
 * reports never go unread.
 */
function digestRecipients(staff: StaffAccount[]): StaffAccount[] {
  const active = staff.filter((member) => !member.disabled);
  const moderators = active.filter((member) => member.role === 'moderator');
  return moderators.length ? moderators : active.filter((member) => member.role === 'editor' || member.role === 'admin');
}

/**
 * Queues one digest of the reports no digest has told of, unless one went less than 15
 * minutes ago or nothing is new. The check and the claim are one transaction under a lock
 * (PostgreSQL's advisory lock; SQLite's one writer), so with several instances sweeping at
 * once the digest goes once. Answers how many messages were queued.
 */
async function queueModerationDigest(store: Store, origin: string): Promise<number> {
  return store.transaction(async (tx) => {
    await tx.lock('moderation-digest');
    const last = await tx.moderation.lastDigestAt();
    if (last !== undefined && tx.now() - Date.parse(last) < DIGEST_INTERVAL_MS) return 0;
    const recipients = digestRecipients(await tx.staff.list());
    // No one to tell yet: the reports wait for the first moderator.
    if (!recipients.length) return 0;
    const items = await tx.moderation.takeUndigestedReports(recipients.length);
    if (!items.length) return 0;
    for (const message of moderationDigestMessages(items, recipients, origin)) await tx.outbox.queue(message);
    return recipients.length;
  });
}

/** The digest's sweep: every minute and at start, on every instance; `queued` wakes the outbox's sender. */
export function startModerationDigest(
  store: Store,
  options: { siteOrigin: () => string; queued?: () => void; sweepMs?: number; onError?: (error: unknown) => void },
) {
  const onError = options.onError ?? ((error) => console.error('The moderators’ digest failed:', error));
  let running: Promise<number> | undefined;
  const sweep = (): Promise<number> => {
    // Before the server knows its own address there are no links to write: the next sweep sends.
    const origin = options.siteOrigin();
    if (!origin) return Promise.resolve(0);
    return (running ??= queueModerationDigest(store, origin)
      .then((queued) => {
        if (queued) options.queued?.();
        return queued;
      })
      .catch((error: unknown) => {
        onError(error);
        return 0;
      })
      .finally(() => (running = undefined)));
  };
  void sweep();
  const timer = setInterval(() => void sweep(), options.sweepMs ?? SWEEP_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
