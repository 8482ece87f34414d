import { isApiError } from './apiError';
import { formStrings } from './strings.forms';
import { errorMessage } from './errorMessage';

/** Why a form could not be sent, in words, telling the reader their input is kept. */
export function submitErrorMessage(what: string, error: unknown): string {
  const reason = isApiError(error) && error.status === 429 ? formStrings.forms.rateLimited : errorMessage(error);
  return `${formStrings.forms.failed(what, reason)} ${formStrings.forms.kept}`;
}
