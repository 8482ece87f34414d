import { useCallback, useRef } from 'react';

/** What a mutation is given: the request and the key that lets a retry of it be applied once. */
export type Idempotent<Request> = { request: Request; idempotencyKey: string };

/**
 * One Idempotency-Key per submission: the same key for retries of the same
 * input, a new one once it succeeded or the input changed.
 */
export function useIdempotencyKey() {
  const key = useRef<string | null>(null);
  const current = useCallback(() => (key.current ??= crypto.randomUUID()), []);
  const renew = useCallback(() => {
    key.current = null;
  }, []);
  return { current, renew };
}
