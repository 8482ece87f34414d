import { isApiError } from './apiError';
import { strings } from './strings';
import { errorMessage } from './errorMessage';

/** Why a form could not be sent, in words, telling the reader their input is kept. */
export function submitErrorMessage(what: string, error: unknown): string {
  const reason = isApiError(error) && error.status === 429 ? strings.forms.rateLimited : errorMessage(error);
  return `${strings.forms.failed(what, reason)} ${strings.forms.kept}`;
}
