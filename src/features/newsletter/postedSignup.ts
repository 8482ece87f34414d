/**
 * The sign-up form posted without JavaScript (POST /nyhetsbrev, src/server/newsletterSignupRoute.ts):
 * how the server tells the page what became of it. A sign-up that went through is sent on to
 * `/nyhetsbrev?anmalan=skickad` (no address in the URL: it would end up in logs and history);
 * a refused one is the page itself, rendered with the outcome and the typed address.
 */
export const OUTCOME_PARAM = 'anmalan';
export const EMAIL_PARAM = 'epost';

/** skickad: mailed (303); ogiltig: not an address (422); for-manga: rate limited (429); otillganglig: the store or server failed (5xx). */
export const OUTCOMES = ['skickad', 'ogiltig', 'for-manga', 'otillganglig'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export type PostedSignup = { outcome: Outcome; email: string };

const isOutcome = (value: string | null | undefined): value is Outcome => OUTCOMES.includes(value as Outcome);

/** The outcome a page's address carries (the server's render, and the page after the 303). */
export function postedSignup(search: URLSearchParams): PostedSignup | undefined {
  const outcome = search.get(OUTCOME_PARAM);
  return isOutcome(outcome) ? { outcome, email: outcome === 'skickad' ? '' : (search.get(EMAIL_PARAM) ?? '') } : undefined;
}

/** In the browser: the outcome the server's page shows (a post's answer has no query to read it from), so hydration keeps it. */
export function postedSignupInPage(): PostedSignup | undefined {
  const form = typeof document === 'undefined' ? null : document.querySelector<HTMLFormElement>(`form[data-${OUTCOME_PARAM}]`);
  const outcome = form?.dataset[OUTCOME_PARAM];
  if (!form || !isOutcome(outcome)) return undefined;
  return { outcome, email: form.querySelector<HTMLInputElement>('input[name="email"]')?.value ?? '' };
}
