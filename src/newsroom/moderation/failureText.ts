import { isApiError } from '../../lib/apiError';
import { moderationStrings as strings } from '../strings.moderation';

/** Why a moderation step failed, in words a moderator can act on. */
export function failureText(error: unknown): string {
  if (!isApiError(error) || error.kind !== 'http') return strings.why.network;
  if (error.status === 401) return strings.why.signedOut;
  if (error.status === 403) return strings.why.forbidden;
  if (error.status === 404) return strings.why.gone;
  return error.status !== undefined && error.status >= 500 ? strings.why.network : strings.why.other(error.message);
}
