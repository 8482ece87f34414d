import { mutationOptions } from '@tanstack/react-query';
import { apiRequest } from '../../lib/apiClient';
import type { Idempotent } from '../../lib/idempotency';
import { tipReceiptSchema, type TipRequest } from './schema';

export function sendTipMutation(slug: string) {
  return mutationOptions({
    mutationFn: ({ request, idempotencyKey }: Idempotent<TipRequest>) =>
      apiRequest(`/api/articles/${encodeURIComponent(slug)}/tips`, tipReceiptSchema, { method: 'POST', body: request, idempotencyKey }),
  });
}
