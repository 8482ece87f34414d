import { apiRequest } from '../../lib/apiClient';
import { tipReceiptSchema, type TipRequest } from './schema';

export function sendTip(slug: string, tip: TipRequest, idempotencyKey: string) {
  return apiRequest(`/api/articles/${encodeURIComponent(slug)}/tips`, tipReceiptSchema, { method: 'POST', body: tip, idempotencyKey });
}
