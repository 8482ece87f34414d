import type { Store } from '../store/store';

/** How often the store is asked for articles whose time has come. */
const SWEEP_MS = 15_000;

/**
 * Scheduled publishing: a sweep over the store, not a timer per article, so a restart loses
 * nothing and several instances publish each article once (the update that finds it still
 * scheduled wins; the others change nothing). Each publication is in the audit log.
 */
export function startScheduledPublishing(store: Store, onError: (error: unknown) => void = (error) => console.error('Scheduled publishing failed:', error)) {
  let running: Promise<void> | undefined;
  const sweep = () =>
    (running ??= store
      .transaction(async (tx) => {
        for (const id of await tx.articles.publishDue()) await tx.staff.audit({ staffId: null, action: 'article-published', subject: `artikel ${id}`, details: { scheduled: true } });
      })
      .catch(onError)
      .finally(() => (running = undefined)));
  void sweep();
  const timer = setInterval(sweep, SWEEP_MS);
  timer.unref();
  return { sweep, stop: () => clearInterval(timer) };
}
