import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// The links in newsletter e-mail carry who they are for, signed with the site's key (HMAC-SHA256):
// `b.<subscriber>.<issued>.<mac>` confirms a sign-up (for 48 hours), `a.…` leaves the newsletter
// (for as long as the address is there). Nothing is stored per link; a tampered one is refused.

export type LinkPurpose = 'confirm' | 'unsubscribe';

/** A confirmation link works this long. */
const CONFIRM_LINK_MS = 48 * 60 * 60_000;

const PREFIX: Record<LinkPurpose, string> = { confirm: 'b', unsubscribe: 'a' };
const TOKEN = /^([ab])\.([0-9a-z]{1,10})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

export type ReadLink = { subscriberId: number; issuedAt: number } | 'expired' | 'invalid';

/** A new key for signing links, as the store keeps it when MAIL_LINK_SECRET is not set. */
export const newLinkSecret = () => randomBytes(32).toString('base64url');

export function signedLinks(secret: string) {
  const mac = (payload: string) => createHmac('sha256', secret).update(payload).digest('base64url');
  return {
    sign(purpose: LinkPurpose, subscriberId: number, issuedAt: number): string {
      const payload = `${PREFIX[purpose]}.${subscriberId.toString(36)}.${issuedAt.toString(36)}`;
      return `${payload}.${mac(payload)}`;
    },

    /** Whom a link is for, if it is one of ours for this purpose and still valid at `now`. */
    read(token: string, purpose: LinkPurpose, now: number): ReadLink {
      const parts = TOKEN.exec(token);
      if (!parts || parts[1] !== PREFIX[purpose]) return 'invalid';
      const [, prefix, id, issued, signature] = parts as unknown as [string, string, string, string, string];
      const expected = Buffer.from(mac(`${prefix}.${id}.${issued}`));
      if (!timingSafeEqual(expected, Buffer.from(signature))) return 'invalid';
      const issuedAt = parseInt(issued, 36);
      if (purpose === 'confirm' && now - issuedAt > CONFIRM_LINK_MS) return 'expired';
      return { subscriberId: parseInt(id, 36), issuedAt };
    },
  };
}

export type SignedLinks = ReturnType<typeof signedLinks>;
