import type { Mailer } from '../mail/mailer';
import type { Store } from '../store/store';

/** How long a sender holds a message it is sending; after that another may take it. */
const LEASE_MS = 60_000;
/** Waits between tries: 30 s, 1 min, 2 min, … up to an hour; given up after 12 tries (about 5 hours). */
const RETRY = { firstMs: 30_000, maxMs: 60 * 60_000, tries: 12 };
const SWEEP_MS = 5_000;
const BATCH = 50;

const retryDelay = (attempts: number): number | undefined =>
  attempts + 1 >= RETRY.tries ? undefined : Math.min(RETRY.firstMs * 2 ** attempts, RETRY.maxMs);

/**
 * The outbox's sender: a sweep over the store that claims due messages and delivers them,
 * `concurrency` at a time. A message sent is marked sent; one that fails waits longer each
 * time. Several instances sweep the same outbox and each message goes once.
 */
export function startOutboxSender(store: Store, mailer: Mailer, options: { sweepMs?: number; concurrency?: number; onError?: (error: unknown) => void } = {}) {
  const concurrency = options.concurrency ?? 4;
  const onError = options.onError ?? ((error) => console.error('The outbox sender failed:', error));
  let running: Promise<number> | undefined;
  let again = false;

  async function deliverBatch(): Promise<number> {
    const messages = await store.outbox.claimDue(BATCH, LEASE_MS);
    let next = 0;
    const worker = async () => {
      for (let message = messages[next++]; message; message = messages[next++]) {
        try {
          await mailer.send(message);
          await store.outbox.markSent(message.id);
        } catch (error) {
          await store.outbox.markFailed(message.id, error instanceof Error ? error.message : String(error), retryDelay(message.attempts));
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, messages.length) }, worker));
    return messages.length;
  }

  /** Sends what is due now, batch after batch; a call while one runs makes it go round once more. */
  function sweep(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let sent = 0;
      do {
        again = false;
        for (let batch = await deliverBatch(); batch > 0; batch = await deliverBatch()) sent += batch;
      } while (again);
      return sent;
    })()
      .catch((error) => {
        onError(error);
        return 0;
      })
      .finally(() => (running = undefined));
    return running;
  }

  const timer = setInterval(() => void sweep(), options.sweepMs ?? SWEEP_MS);
  timer.unref();
  void sweep();
  return {
    sweep,
    stop: () => {
      clearInterval(timer);
      mailer.close();
    },
  };
}

export type OutboxSender = ReturnType<typeof startOutboxSender>;
