import { isEmailAddress } from '../../lib/email.ts';
import { MAX_TIP_RECIPIENTS } from './schema.ts';

export type RecipientParse = {
  /** Valid, unique addresses in the order given. */
  addresses: string[];
  /** Entries that are not e-mail addresses, as typed (trimmed). */
  invalid: string[];
  /** More valid addresses than allowed were given. */
  tooMany: boolean;
};


/** Recipients typed one per line or separated by commas or semicolons. */
export function parseRecipients(input: string, max = MAX_TIP_RECIPIENTS): RecipientParse {
  const seen = new Set<string>();
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const entry of input.split(/[\n\r,;]+/)) {
    const candidate = entry.trim();
    if (!candidate) continue;
    if (!isEmailAddress(candidate)) {
      invalid.push(candidate);
      continue;
    }
    const key = candidate.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    addresses.push(candidate);
  }
  return { addresses: addresses.slice(0, max), invalid, tooMany: addresses.length > max };
}

/** A display name may not carry line breaks (they could forge e-mail headers). */
export function isSafeSenderName(name: string): boolean {
  return name.trim().length > 0 && !/[\r\n]/.test(name);
}
