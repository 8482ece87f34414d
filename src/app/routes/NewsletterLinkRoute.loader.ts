import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { followNewsletterLink, readNewsletterLink } from '../../features/newsletter/linkApi';
import { isApiError } from '../../lib/apiError';

// /nyhetsbrev/bekrafta and /nyhetsbrev/avsluta, each with the token of an e-mail's link.
// Opening the page reads what the link is for and changes nothing (mail scanners open
// links); only its button's post acts. The post works without JavaScript (the server runs
// this action), and it is where mail providers send RFC 8058's one-click leave.

export type LinkPurpose = 'confirm' | 'unsubscribe';

/** A link that is not ours is a 404, one that has expired a 410: the page's error boundary says which, in HTTP too. */
function refused(error: unknown): never {
  if (isApiError(error) && error.kind === 'http' && (error.status === 404 || error.status === 410)) throw data(null, { status: error.status });
  throw error;
}

const tokenOf = (request: Request) => new URL(request.url).searchParams.get('token') ?? '';

export const newsletterLinkLoader =
  (purpose: LinkPurpose) =>
  async ({ request }: LoaderFunctionArgs) => {
    const token = tokenOf(request);
    if (!token) throw data(null, { status: 404 });
    const link = await readNewsletterLink(token, request.signal).catch(refused);
    // A leaving link on the confirm page (or the other way round) is not a link to this page.
    if (link.purpose !== purpose) throw data(null, { status: 404 });
    return { ...link, token };
  };

export const newsletterLinkAction =
  (purpose: LinkPurpose) =>
  async ({ request }: ActionFunctionArgs) => {
    const url = new URL(request.url);
    const form = await request.formData().catch(() => undefined);
    await followNewsletterLink(purpose, tokenOf(request)).catch(refused);
    // A mail provider's one-click gets the page itself (200); a reader goes on to it afresh (no post to repeat).
    if (form?.get('List-Unsubscribe') === 'One-Click') return null;
    return new Response(null, { status: 303, headers: { Location: url.pathname + url.search } });
  };
